/* The floor of a build: one process reading every note and rendering its Markdown body with
 * libcmark, and nothing else (no front matter parsing, no templates, no writing).
 * Usage: cmark-floor VAULT   (prints notes rendered and HTML bytes) */
#define _GNU_SOURCE
#include <cmark.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static long notes = 0, bytes = 0;

static void render(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(size + 1);
    size_t got = fread(text, 1, size, f);
    fclose(f);
    text[got] = 0;
    const char *body = text;
    if (strncmp(text, "---\n", 4) == 0) {
        const char *end = strstr(text + 4, "\n---\n");
        if (end) body = end + 5;
    }
    char *html = cmark_markdown_to_html(body, strlen(body), CMARK_OPT_DEFAULT);
    bytes += strlen(html);
    notes++;
    free(html);
    free(text);
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) walk(path);
        else {
            size_t n = strlen(e->d_name);
            if (n > 3 && strcmp(e->d_name + n - 3, ".md") == 0) render(path);
        }
    }
    closedir(d);
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    walk(argv[1]);
    printf("%ld notes, %ld bytes of HTML\n", notes, bytes);
    return 0;
}
