/* The floor of writing a site: every file of a built output folder, held in memory, written
 * again into an empty folder (folders made, each file opened, written whole and closed) on as
 * many threads as the machine has cores — what any generator of the same pages must at least
 * spend on writing them. Reading the files in is not timed.
 * Usage: write-floor SITE OUT   (OUT must not exist; prints files, bytes and seconds) */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct file { char *path; char *data; size_t size; };
static struct file *files;
static size_t count, capacity;
static char **folders;
static size_t folderCount, folderCapacity;
static const char *out;
static int threads;

static void keep(const char *relative, int isFolder, const char *full, size_t size) {
    if (isFolder) {
        if (folderCount == folderCapacity) {
            folderCapacity = folderCapacity ? folderCapacity * 2 : 1024;
            folders = realloc(folders, folderCapacity * sizeof *folders);
        }
        folders[folderCount++] = strdup(relative);
        return;
    }
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 4096;
        files = realloc(files, capacity * sizeof *files);
    }
    char *data = malloc(size ? size : 1);
    int fd = open(full, O_RDONLY);
    size_t got = 0;
    while (fd >= 0 && got < size) {
        ssize_t n = read(fd, data + got, size - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (fd >= 0) close(fd);
    files[count++] = (struct file){strdup(relative), data, got};
}

static void walk(const char *root, const char *relative) {
    char path[4096];
    snprintf(path, sizeof path, "%s%s", root, relative);
    DIR *d = opendir(path);
    if (!d) return;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        char childRelative[4096], child[4096];
        snprintf(childRelative, sizeof childRelative, "%s/%s", relative, e->d_name);
        snprintf(child, sizeof child, "%s%s", root, childRelative);
        struct stat st;
        if (lstat(child, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            keep(childRelative, 1, child, 0);
            walk(root, childRelative);
        } else if (S_ISREG(st.st_mode)) {
            keep(childRelative, 0, child, (size_t)st.st_size);
        }
    }
    closedir(d);
}

static void *writer(void *argument) {
    size_t first = (size_t)argument;
    char path[4096];
    for (size_t index = first; index < count; index += (size_t)threads) {
        snprintf(path, sizeof path, "%s%s", out, files[index].path);
        int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) { perror(path); exit(1); }
        size_t done = 0;
        while (done < files[index].size) {
            ssize_t n = write(fd, files[index].data + done, files[index].size - done);
            if (n <= 0) { perror(path); exit(1); }
            done += (size_t)n;
        }
        close(fd);
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: write-floor SITE OUT\n");
        return 2;
    }
    out = argv[2];
    walk(argv[1], "");
    threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (threads < 1) threads = 1;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (mkdir(out, 0755) != 0) { perror(out); return 1; }
    char path[4096];
    for (size_t index = 0; index < folderCount; index++) {
        snprintf(path, sizeof path, "%s%s", out, folders[index]);
        if (mkdir(path, 0755) != 0) { perror(path); return 1; }
    }
    pthread_t workers[64];
    if (threads > 64) threads = 64;
    for (int t = 0; t < threads; t++) pthread_create(&workers[t], NULL, writer, (void *)(size_t)t);
    for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    size_t bytes = 0;
    for (size_t index = 0; index < count; index++) bytes += files[index].size;
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%zu files, %zu bytes, %d threads, %.3f s\n", count, bytes, threads, seconds);
    return 0;
}
