#ifndef CLINICAL_COPENSSL_H
#define CLINICAL_COPENSSL_H
// OpenSSL 3's libcrypto (hashing, HMAC, RSA), loaded on first use (dlopen "libcrypto.so.3"), not at
// start-up: a function that has not yet signed or verified anything (health, any GET that makes no AWS
// call) never maps it, and its loading and relocation (~1 ms of a cold start) moves to the first SigV4
// signature or token check. TLS to AWS goes through libcurl (which loads its own libssl/libcrypto).
// The declarations below are OpenSSL 3's own (stable ABI of soname libcrypto.so.3), limited to what
// OpenSSLCrypto and the local S3's ETag use, so no OpenSSL headers are needed to build (Amazon Linux 2
// keeps OpenSSL 3 outside the system paths); every function has a `dl_` wrapper.
#include <stddef.h>

typedef struct ossl_lib_ctx_st OSSL_LIB_CTX;
typedef struct engine_st ENGINE;
typedef struct evp_md_st EVP_MD;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_mac_st EVP_MAC;
typedef struct evp_mac_ctx_st EVP_MAC_CTX;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_cipher_st EVP_CIPHER;
typedef struct bignum_st BIGNUM;
typedef struct ossl_param_bld_st OSSL_PARAM_BLD;
typedef struct bio_st BIO;
typedef struct bio_method_st BIO_METHOD;
typedef int pem_password_cb(char *buf, int size, int rwflag, void *userdata);

// openssl/core.h: a parameter passed to or from a provider (a plain struct, part of the ABI).
typedef struct ossl_param_st {
    const char *key;
    unsigned int data_type;
    void *data;
    size_t data_size;
    size_t return_size;
} OSSL_PARAM;

#define RSA_PKCS1_PADDING 1
#define BIO_CTRL_INFO 3
#define OSSL_KEYMGMT_SELECT_PUBLIC_KEY 0x02
#define OSSL_KEYMGMT_SELECT_DOMAIN_PARAMETERS 0x04
#define OSSL_KEYMGMT_SELECT_OTHER_PARAMETERS 0x80
#define OSSL_PKEY_PARAM_RSA_N "n"
#define OSSL_PKEY_PARAM_RSA_E "e"

/// Whether libcrypto could be loaded (loads it on first call); false → every wrapper reports a failure
/// (NULL, 0 or an empty parameter), which the callers already treat as an OpenSSL error.
int dl_crypto_available(void);

void dl_ERR_clear_error(void);

EVP_MD *dl_EVP_MD_fetch(OSSL_LIB_CTX *ctx, const char *algorithm, const char *properties);
const EVP_MD *dl_EVP_md5(void);
int dl_EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type, ENGINE *impl);
EVP_MD_CTX *dl_EVP_MD_CTX_new(void);
void dl_EVP_MD_CTX_free(EVP_MD_CTX *ctx);
int dl_EVP_DigestSignInit(EVP_MD_CTX *ctx, EVP_PKEY_CTX **pctx, const EVP_MD *type, ENGINE *e, EVP_PKEY *pkey);
int dl_EVP_DigestSign(EVP_MD_CTX *ctx, unsigned char *sigret, size_t *siglen, const unsigned char *tbs, size_t tbslen);

EVP_MAC *dl_EVP_MAC_fetch(OSSL_LIB_CTX *libctx, const char *algorithm, const char *properties);
void dl_EVP_MAC_free(EVP_MAC *mac);
EVP_MAC_CTX *dl_EVP_MAC_CTX_new(EVP_MAC *mac);
EVP_MAC_CTX *dl_EVP_MAC_CTX_dup(const EVP_MAC_CTX *src);
void dl_EVP_MAC_CTX_free(EVP_MAC_CTX *ctx);
int dl_EVP_MAC_CTX_set_params(EVP_MAC_CTX *ctx, const OSSL_PARAM params[]);
int dl_EVP_MAC_init(EVP_MAC_CTX *ctx, const unsigned char *key, size_t keylen, const OSSL_PARAM params[]);
int dl_EVP_MAC_update(EVP_MAC_CTX *ctx, const unsigned char *data, size_t datalen);
int dl_EVP_MAC_final(EVP_MAC_CTX *ctx, unsigned char *out, size_t *outl, size_t outsize);

OSSL_PARAM dl_OSSL_PARAM_construct_utf8_string(const char *key, char *buf, size_t bsize);
OSSL_PARAM dl_OSSL_PARAM_construct_end(void);
void dl_OSSL_PARAM_free(OSSL_PARAM *p);
OSSL_PARAM_BLD *dl_OSSL_PARAM_BLD_new(void);
int dl_OSSL_PARAM_BLD_push_BN(OSSL_PARAM_BLD *bld, const char *key, const BIGNUM *bn);
OSSL_PARAM *dl_OSSL_PARAM_BLD_to_param(OSSL_PARAM_BLD *bld);
void dl_OSSL_PARAM_BLD_free(OSSL_PARAM_BLD *bld);

BIGNUM *dl_BN_bin2bn(const unsigned char *s, int len, BIGNUM *ret);
int dl_BN_bn2bin(const BIGNUM *a, unsigned char *to);
int dl_BN_num_bits(const BIGNUM *a);
void dl_BN_free(BIGNUM *a);

EVP_PKEY_CTX *dl_EVP_PKEY_CTX_new_from_name(OSSL_LIB_CTX *libctx, const char *name, const char *propquery);
EVP_PKEY_CTX *dl_EVP_PKEY_CTX_new_from_pkey(OSSL_LIB_CTX *libctx, EVP_PKEY *pkey, const char *propquery);
EVP_PKEY_CTX *dl_EVP_PKEY_CTX_dup(const EVP_PKEY_CTX *ctx);
void dl_EVP_PKEY_CTX_free(EVP_PKEY_CTX *ctx);
int dl_EVP_PKEY_CTX_set_rsa_padding(EVP_PKEY_CTX *ctx, int pad_mode);
int dl_EVP_PKEY_CTX_set_signature_md(EVP_PKEY_CTX *ctx, const EVP_MD *md);
int dl_EVP_PKEY_CTX_set_rsa_keygen_bits(EVP_PKEY_CTX *ctx, int bits);
int dl_EVP_PKEY_fromdata_init(EVP_PKEY_CTX *ctx);
int dl_EVP_PKEY_fromdata(EVP_PKEY_CTX *ctx, EVP_PKEY **ppkey, int selection, OSSL_PARAM param[]);
int dl_EVP_PKEY_keygen_init(EVP_PKEY_CTX *ctx);
int dl_EVP_PKEY_generate(EVP_PKEY_CTX *ctx, EVP_PKEY **ppkey);
int dl_EVP_PKEY_verify_init(EVP_PKEY_CTX *ctx);
int dl_EVP_PKEY_verify(EVP_PKEY_CTX *ctx, const unsigned char *sig, size_t siglen, const unsigned char *tbs, size_t tbslen);
int dl_EVP_PKEY_get_bits(const EVP_PKEY *pkey);
int dl_EVP_PKEY_is_a(const EVP_PKEY *pkey, const char *name);
int dl_EVP_PKEY_get_bn_param(const EVP_PKEY *pkey, const char *key_name, BIGNUM **bn);
void dl_EVP_PKEY_free(EVP_PKEY *pkey);

const BIO_METHOD *dl_BIO_s_mem(void);
BIO *dl_BIO_new(const BIO_METHOD *type);
BIO *dl_BIO_new_mem_buf(const void *buf, int len);
long dl_BIO_ctrl(BIO *bp, int cmd, long larg, void *parg);
int dl_BIO_free(BIO *a);
EVP_PKEY *dl_PEM_read_bio_PrivateKey(BIO *bp, EVP_PKEY **x, pem_password_cb *cb, void *u);
int dl_PEM_write_bio_PrivateKey(BIO *bp, const EVP_PKEY *x, const EVP_CIPHER *enc, const unsigned char *kstr, int klen,
                                pem_password_cb *cb, void *u);
#endif
