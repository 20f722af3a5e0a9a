/* The benchmark's floor: the least a Runtime API client can do. One socket,
 * keep-alive, GET next, echo the event back with POST response, forever.
 * Strictly Content-Length framing (what the emulator sends). */
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

static char buf[1 << 20];
static size_t start, end;

static int fill(int fd) {
    if (start == end) start = end = 0;
    if (end == sizeof buf) { memmove(buf, buf + start, end - start); end -= start; start = 0; }
    ssize_t n = recv(fd, buf + end, sizeof buf - end, 0);
    if (n <= 0) return -1;
    end += (size_t)n;
    return 0;
}

/* Reads a response head; returns content length, copies the request id. */
static long read_head(int fd, char *request_id, size_t id_size) {
    long length = 0;
    for (;;) {
        char *nl;
        while (!(nl = memchr(buf + start, '\n', end - start))) if (fill(fd)) return -1;
        size_t len = (size_t)(nl - (buf + start));
        char *line = buf + start;
        start += len + 1;
        if (len && line[len - 1] == '\r') len--;
        if (len == 0) return length;
        if (len > 15 && strncasecmp(line, "Content-Length:", 15) == 0) length = strtol(line + 15, NULL, 10);
        if (request_id && len > 30 && strncasecmp(line, "Lambda-Runtime-Aws-Request-Id:", 30) == 0) {
            size_t n = len - 31 < id_size - 1 ? len - 31 : id_size - 1;
            memcpy(request_id, line + 31, n);
            request_id[n] = 0;
        }
    }
}

static int read_body(int fd, char *out, long length) {
    long got = 0;
    while (got < length) {
        if (start == end && fill(fd)) return -1;
        long take = (long)(end - start) < length - got ? (long)(end - start) : length - got;
        memcpy(out + got, buf + start, (size_t)take);
        start += (size_t)take;
        got += take;
    }
    return 0;
}

static int write_all(int fd, const char *p, size_t n) {
    while (n) { ssize_t w = send(fd, p, n, MSG_NOSIGNAL); if (w <= 0) return -1; p += w; n -= (size_t)w; }
    return 0;
}

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (!api) { fputs("AWS_LAMBDA_RUNTIME_API is not set\n", stderr); return 2; }
    char host[256]; const char *colon = strrchr(api, ':');
    snprintf(host, sizeof host, "%.*s", (int)(colon - api), api);
    struct addrinfo hints = {0}, *ai; hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, colon + 1, &hints, &ai)) return 1;
    int fd = socket(ai->ai_family, SOCK_STREAM, 0), one = 1;
    if (connect(fd, ai->ai_addr, ai->ai_addrlen)) return 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    static char event[8 << 20];
    char head[512], id[128];
    int head_len = snprintf(head, sizeof head, "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: %s\r\n\r\n", api);
    for (;;) {
        if (write_all(fd, head, (size_t)head_len)) return 1;
        long length = read_head(fd, id, sizeof id);
        if (length < 0 || length > (long)sizeof event || read_body(fd, event, length)) return 1;
        char post[512];
        int n = snprintf(post, sizeof post, "POST /2018-06-01/runtime/invocation/%s/response HTTP/1.1\r\nHost: %s\r\nContent-Length: %ld\r\n\r\n", id, api, length);
        if (write_all(fd, post, (size_t)n) || write_all(fd, event, (size_t)length)) return 1;
        long ack = read_head(fd, NULL, 0);
        static char sink[4096];
        if (ack < 0 || ack > (long)sizeof sink || read_body(fd, sink, ack)) return 1;
    }
}
