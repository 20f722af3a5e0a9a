// libcrypto bound lazily: dlopen on the first call, every symbol resolved once (see COpenSSL.h for why).
#include "COpenSSL.h"
#include <dlfcn.h>
#include <pthread.h>

// Every function we call: F(return type, name, parameters, arguments, result when libcrypto is missing);
// V(...) for those returning nothing. The table makes the pointer, its binding and its dl_ wrapper.
#define CRYPTO_FUNCTIONS(F, V) \
    V(ERR_clear_error, (void), ()) \
    F(EVP_MD *, EVP_MD_fetch, (OSSL_LIB_CTX *c, const char *a, const char *p), (c, a, p), NULL) \
    F(const EVP_MD *, EVP_md5, (void), (), NULL) \
    F(int, EVP_Digest, (const void *d, size_t n, unsigned char *md, unsigned int *s, const EVP_MD *t, ENGINE *e), (d, n, md, s, t, e), 0) \
    F(EVP_MD_CTX *, EVP_MD_CTX_new, (void), (), NULL) \
    V(EVP_MD_CTX_free, (EVP_MD_CTX *c), (c)) \
    F(int, EVP_DigestSignInit, (EVP_MD_CTX *c, EVP_PKEY_CTX **p, const EVP_MD *t, ENGINE *e, EVP_PKEY *k), (c, p, t, e, k), 0) \
    F(int, EVP_DigestSign, (EVP_MD_CTX *c, unsigned char *s, size_t *l, const unsigned char *t, size_t n), (c, s, l, t, n), 0) \
    F(EVP_MAC *, EVP_MAC_fetch, (OSSL_LIB_CTX *c, const char *a, const char *p), (c, a, p), NULL) \
    V(EVP_MAC_free, (EVP_MAC *m), (m)) \
    F(EVP_MAC_CTX *, EVP_MAC_CTX_new, (EVP_MAC *m), (m), NULL) \
    F(EVP_MAC_CTX *, EVP_MAC_CTX_dup, (const EVP_MAC_CTX *c), (c), NULL) \
    V(EVP_MAC_CTX_free, (EVP_MAC_CTX *c), (c)) \
    F(int, EVP_MAC_CTX_set_params, (EVP_MAC_CTX *c, const OSSL_PARAM p[]), (c, p), 0) \
    F(int, EVP_MAC_init, (EVP_MAC_CTX *c, const unsigned char *k, size_t n, const OSSL_PARAM p[]), (c, k, n, p), 0) \
    F(int, EVP_MAC_update, (EVP_MAC_CTX *c, const unsigned char *d, size_t n), (c, d, n), 0) \
    F(int, EVP_MAC_final, (EVP_MAC_CTX *c, unsigned char *o, size_t *l, size_t n), (c, o, l, n), 0) \
    F(OSSL_PARAM, OSSL_PARAM_construct_utf8_string, (const char *k, char *b, size_t n), (k, b, n), (OSSL_PARAM){0}) \
    F(OSSL_PARAM, OSSL_PARAM_construct_end, (void), (), (OSSL_PARAM){0}) \
    V(OSSL_PARAM_free, (OSSL_PARAM *p), (p)) \
    F(OSSL_PARAM_BLD *, OSSL_PARAM_BLD_new, (void), (), NULL) \
    F(int, OSSL_PARAM_BLD_push_BN, (OSSL_PARAM_BLD *b, const char *k, const BIGNUM *n), (b, k, n), 0) \
    F(OSSL_PARAM *, OSSL_PARAM_BLD_to_param, (OSSL_PARAM_BLD *b), (b), NULL) \
    V(OSSL_PARAM_BLD_free, (OSSL_PARAM_BLD *b), (b)) \
    F(BIGNUM *, BN_bin2bn, (const unsigned char *s, int n, BIGNUM *r), (s, n, r), NULL) \
    F(int, BN_bn2bin, (const BIGNUM *a, unsigned char *t), (a, t), 0) \
    F(int, BN_num_bits, (const BIGNUM *a), (a), 0) \
    V(BN_free, (BIGNUM *a), (a)) \
    F(EVP_PKEY_CTX *, EVP_PKEY_CTX_new_from_name, (OSSL_LIB_CTX *c, const char *n, const char *p), (c, n, p), NULL) \
    F(EVP_PKEY_CTX *, EVP_PKEY_CTX_new_from_pkey, (OSSL_LIB_CTX *c, EVP_PKEY *k, const char *p), (c, k, p), NULL) \
    F(EVP_PKEY_CTX *, EVP_PKEY_CTX_dup, (const EVP_PKEY_CTX *c), (c), NULL) \
    V(EVP_PKEY_CTX_free, (EVP_PKEY_CTX *c), (c)) \
    F(int, EVP_PKEY_CTX_set_rsa_padding, (EVP_PKEY_CTX *c, int m), (c, m), 0) \
    F(int, EVP_PKEY_CTX_set_signature_md, (EVP_PKEY_CTX *c, const EVP_MD *m), (c, m), 0) \
    F(int, EVP_PKEY_CTX_set_rsa_keygen_bits, (EVP_PKEY_CTX *c, int b), (c, b), 0) \
    F(int, EVP_PKEY_fromdata_init, (EVP_PKEY_CTX *c), (c), 0) \
    F(int, EVP_PKEY_fromdata, (EVP_PKEY_CTX *c, EVP_PKEY **k, int s, OSSL_PARAM p[]), (c, k, s, p), 0) \
    F(int, EVP_PKEY_keygen_init, (EVP_PKEY_CTX *c), (c), 0) \
    F(int, EVP_PKEY_generate, (EVP_PKEY_CTX *c, EVP_PKEY **k), (c, k), 0) \
    F(int, EVP_PKEY_verify_init, (EVP_PKEY_CTX *c), (c), 0) \
    F(int, EVP_PKEY_verify, (EVP_PKEY_CTX *c, const unsigned char *s, size_t sn, const unsigned char *t, size_t tn), (c, s, sn, t, tn), 0) \
    F(int, EVP_PKEY_get_bits, (const EVP_PKEY *k), (k), 0) \
    F(int, EVP_PKEY_is_a, (const EVP_PKEY *k, const char *n), (k, n), 0) \
    F(int, EVP_PKEY_get_bn_param, (const EVP_PKEY *k, const char *n, BIGNUM **b), (k, n, b), 0) \
    V(EVP_PKEY_free, (EVP_PKEY *k), (k)) \
    F(const BIO_METHOD *, BIO_s_mem, (void), (), NULL) \
    F(BIO *, BIO_new, (const BIO_METHOD *t), (t), NULL) \
    F(BIO *, BIO_new_mem_buf, (const void *b, int n), (b, n), NULL) \
    F(long, BIO_ctrl, (BIO *b, int c, long l, void *p), (b, c, l, p), 0) \
    F(int, BIO_free, (BIO *a), (a), 0) \
    F(EVP_PKEY *, PEM_read_bio_PrivateKey, (BIO *b, EVP_PKEY **x, pem_password_cb *cb, void *u), (b, x, cb, u), NULL) \
    F(int, PEM_write_bio_PrivateKey, (BIO *b, const EVP_PKEY *x, const EVP_CIPHER *e, const unsigned char *k, int n, pem_password_cb *cb, void *u), \
      (b, x, e, k, n, cb, u), 0)

#define FIELD(ret, name, params, args, missing) ret (*name) params;
#define VOID_FIELD(name, params, args) void (*name) params;
static struct { CRYPTO_FUNCTIONS(FIELD, VOID_FIELD) } crypto;
static int loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    // The soname of OpenSSL 3 (the code uses its EVP_MAC and OSSL_PARAM APIs); found through the
    // executable's $ORIGIN/lib runpath first (the packaged copy), then the system. If libcurl already
    // loaded its own libcrypto, this is the same library (one copy per process, one set of providers).
    void *library = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define BIND(ret, name, params, args, missing) *(void **)(&crypto.name) = dlsym(library, #name); if (!crypto.name) return;
#define VOID_BIND(name, params, args) BIND(void, name, params, args, )
    CRYPTO_FUNCTIONS(BIND, VOID_BIND)
    loaded = 1;
}

int dl_crypto_available(void) { pthread_once(&once, load); return loaded; }

#define WRAPPER(ret, name, params, args, missing) ret dl_##name params { return dl_crypto_available() ? crypto.name args : missing; }
#define VOID_WRAPPER(name, params, args) void dl_##name params { if (dl_crypto_available()) crypto.name args; }
CRYPTO_FUNCTIONS(WRAPPER, VOID_WRAPPER)
