#ifndef CLINICAL_CLIBPQ_H
#define CLINICAL_CLIBPQ_H
// libpq, loaded on first use (dlopen "libpq.so.5"), not at start-up: libpq pulls in Kerberos, LDAP,
// SASL and GnuTLS (~20 shared libraries, milliseconds of dynamic loading per cold start), and a
// function configured with DB_SECRET_ARN opens its database only on the first request that needs it.
// The declarations below are libpq's own (libpq-fe.h, stable ABI of soname libpq.so.5), limited to
// what Store uses, so no PostgreSQL headers are needed to build; every function has a `dl_` wrapper.

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;
typedef unsigned int Oid;

typedef enum {
    CONNECTION_OK,
    CONNECTION_BAD
    // later values (non-blocking connection states) are never returned by the blocking calls we use
} ConnStatusType;

typedef enum {
    PGRES_EMPTY_QUERY = 0,
    PGRES_COMMAND_OK,
    PGRES_TUPLES_OK,
    PGRES_COPY_OUT,
    PGRES_COPY_IN,
    PGRES_BAD_RESPONSE,
    PGRES_NONFATAL_ERROR,
    PGRES_FATAL_ERROR,
    PGRES_COPY_BOTH,
    PGRES_SINGLE_TUPLE,
    PGRES_PIPELINE_SYNC,
    PGRES_PIPELINE_ABORTED
} ExecStatusType;

typedef enum {
    PQTRANS_IDLE,
    PQTRANS_ACTIVE,
    PQTRANS_INTRANS,
    PQTRANS_INERROR,
    PQTRANS_UNKNOWN
} PGTransactionStatusType;

typedef void (*PQnoticeProcessor)(void *arg, const char *message);

typedef struct _PQconninfoOption {
    char *keyword;
    char *envvar;
    char *compiled;
    char *val;
    char *label;
    char *dispchar;
    int dispsize;
} PQconninfoOption;

/// Whether libpq could be loaded (loads it on first call); false → every wrapper reports a failure.
int dl_pq_available(void);

PGconn *dl_PQconnectdbParams(const char *const *keywords, const char *const *values, int expand_dbname);
ConnStatusType dl_PQstatus(const PGconn *conn);
char *dl_PQerrorMessage(const PGconn *conn);
void dl_PQfinish(PGconn *conn);
int dl_PQbackendPID(const PGconn *conn);
int dl_PQsocket(const PGconn *conn);
int dl_PQconsumeInput(PGconn *conn);
int dl_PQisBusy(PGconn *conn);
PGTransactionStatusType dl_PQtransactionStatus(const PGconn *conn);
PQnoticeProcessor dl_PQsetNoticeProcessor(PGconn *conn, PQnoticeProcessor proc, void *arg);
PGresult *dl_PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                          const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat);
PGresult *dl_PQexec(PGconn *conn, const char *query);
PGresult *dl_PQprepare(PGconn *conn, const char *stmtName, const char *query, int nParams, const Oid *paramTypes);
PGresult *dl_PQexecPrepared(PGconn *conn, const char *stmtName, int nParams, const char *const *paramValues,
                            const int *paramLengths, const int *paramFormats, int resultFormat);
ExecStatusType dl_PQresultStatus(const PGresult *res);
char *dl_PQresultErrorField(const PGresult *res, int fieldcode);
int dl_PQntuples(const PGresult *res);
int dl_PQnfields(const PGresult *res);
char *dl_PQfname(const PGresult *res, int field_num);
char *dl_PQgetvalue(const PGresult *res, int tup_num, int field_num);
int dl_PQgetlength(const PGresult *res, int tup_num, int field_num);
int dl_PQgetisnull(const PGresult *res, int tup_num, int field_num);
char *dl_PQcmdTuples(PGresult *res);
void dl_PQclear(PGresult *res);
PQconninfoOption *dl_PQconninfoParse(const char *conninfo, char **errmsg);
void dl_PQconninfoFree(PQconninfoOption *connOptions);
void dl_PQfreemem(void *ptr);
#endif
