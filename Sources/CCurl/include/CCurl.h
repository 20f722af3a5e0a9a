#ifndef CLINICAL_CCURL_H
#define CLINICAL_CCURL_H
// libcurl, loaded on first use (dlopen "libcurl.so.4"), not at start-up: libcurl and the ~25 shared
// libraries it pulls in (Kerberos, LDAP, GnuTLS, nghttp2, ...) cost milliseconds of dynamic loading and
// relocation in every cold start, and a function that makes no HTTP call in an invocation never needs
// them. The types and constants come from curl.h; every function we call goes through a `dl_` wrapper.
#include <curl/curl.h>

/// Whether libcurl could be loaded (loads it on first call); false → every wrapper reports a failure.
int dl_curl_available(void);

CURLcode dl_curl_global_init(long flags);
CURL *dl_curl_easy_init(void);
void dl_curl_easy_cleanup(CURL *handle);
void dl_curl_easy_reset(CURL *handle);
CURLcode dl_curl_easy_perform(CURL *handle);
const char *dl_curl_easy_strerror(CURLcode code);
struct curl_slist *dl_curl_slist_append(struct curl_slist *list, const char *text);
void dl_curl_slist_free_all(struct curl_slist *list);

// curl_easy_setopt and curl_easy_getinfo are variadic; Swift cannot call C variadics, so these typed
// wrappers are the only way in (each makes a proper variadic call with one argument of its type).
CURLcode ccurl_setopt_long(CURL *h, CURLoption o, long v);
CURLcode ccurl_setopt_ptr(CURL *h, CURLoption o, const void *v);
CURLcode ccurl_setopt_off(CURL *h, CURLoption o, curl_off_t v);
CURLcode ccurl_setopt_write(CURL *h, size_t (*f)(char *, size_t, size_t, void *));
CURLcode ccurl_setopt_header(CURL *h, size_t (*f)(char *, size_t, size_t, void *));
CURLcode ccurl_setopt_read(CURL *h, size_t (*f)(char *, size_t, size_t, void *));
CURLcode ccurl_getinfo_long(CURL *h, CURLINFO i, long *v);
CURLcode ccurl_getinfo_double(CURL *h, CURLINFO i, double *v);
#endif
