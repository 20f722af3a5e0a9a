#ifndef CLINICAL_COPENSSL_SHIM_H
#define CLINICAL_COPENSSL_SHIM_H
// Only libcrypto: hashing, HMAC and RSA. TLS to AWS goes through libcurl.
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <openssl/rsa.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/core_names.h>
#include <openssl/param_build.h>
#include <openssl/crypto.h>
#endif
