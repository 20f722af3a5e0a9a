// libcurl bound lazily: dlopen on the first call, every symbol resolved once (see CCurl.h for why).
#include "CCurl.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    void (*easy_cleanup)(CURL *);
    void (*easy_reset)(CURL *);
    CURLcode (*easy_perform)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
} curl;
static int loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    // The soname of libcurl 7.16+ (and 8.x); found through the executable's $ORIGIN/lib runpath first.
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define BIND(field, name) *(void **)(&curl.field) = dlsym(library, name); if (!curl.field) return;
    BIND(global_init, "curl_global_init")
    BIND(easy_init, "curl_easy_init")
    BIND(easy_cleanup, "curl_easy_cleanup")
    BIND(easy_reset, "curl_easy_reset")
    BIND(easy_perform, "curl_easy_perform")
    BIND(easy_strerror, "curl_easy_strerror")
    BIND(slist_append, "curl_slist_append")
    BIND(slist_free_all, "curl_slist_free_all")
    BIND(easy_setopt, "curl_easy_setopt")
    BIND(easy_getinfo, "curl_easy_getinfo")
#undef BIND
    loaded = 1;
}

int dl_curl_available(void) { pthread_once(&once, load); return loaded; }

CURLcode dl_curl_global_init(long flags) { return dl_curl_available() ? curl.global_init(flags) : CURLE_FAILED_INIT; }
CURL *dl_curl_easy_init(void) { return dl_curl_available() ? curl.easy_init() : NULL; }
void dl_curl_easy_cleanup(CURL *handle) { if (dl_curl_available()) curl.easy_cleanup(handle); }
void dl_curl_easy_reset(CURL *handle) { if (dl_curl_available()) curl.easy_reset(handle); }
CURLcode dl_curl_easy_perform(CURL *handle) { return dl_curl_available() ? curl.easy_perform(handle) : CURLE_FAILED_INIT; }
const char *dl_curl_easy_strerror(CURLcode code) {
    return dl_curl_available() ? curl.easy_strerror(code) : "libcurl (libcurl.so.4) could not be loaded";
}
struct curl_slist *dl_curl_slist_append(struct curl_slist *list, const char *text) {
    return dl_curl_available() ? curl.slist_append(list, text) : NULL;
}
void dl_curl_slist_free_all(struct curl_slist *list) { if (list && dl_curl_available()) curl.slist_free_all(list); }

CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v) { return dl_curl_available() ? curl.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode ccurl_setopt_ptr(CURL *h, CURLoption o, const void *v) { return dl_curl_available() ? curl.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return dl_curl_available() ? curl.easy_setopt(h, o, v) : CURLE_FAILED_INIT; }
CURLcode ccurl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
    return dl_curl_available() ? curl.easy_setopt(h, CURLOPT_WRITEFUNCTION, f) : CURLE_FAILED_INIT;
}
CURLcode ccurl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
    return dl_curl_available() ? curl.easy_setopt(h, CURLOPT_HEADERFUNCTION, f) : CURLE_FAILED_INIT;
}
CURLcode ccurl_setopt_read(CURL *h, size_t (*f)(char *, size_t, size_t, void *)) {
    return dl_curl_available() ? curl.easy_setopt(h, CURLOPT_READFUNCTION, f) : CURLE_FAILED_INIT;
}
CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v) { return dl_curl_available() ? curl.easy_getinfo(h, i, v) : CURLE_FAILED_INIT; }
CURLcode ccurl_getinfo_double(CURL *h, CURLINFO i, double *v) { return dl_curl_available() ? curl.easy_getinfo(h, i, v) : CURLE_FAILED_INIT; }
