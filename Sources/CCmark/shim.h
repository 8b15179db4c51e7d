#ifndef SCENE_RADAR_CCMARK_SHIM_H
#define SCENE_RADAR_CCMARK_SHIM_H
#include <cmark.h>
#endif
