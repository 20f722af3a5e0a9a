/* The floor for bench-store: the same parameterized statement through raw
 * libpq, no Swift, measured the same way (per-call monotonic time, every value
 * of every row touched as our layer copies them).
 *
 *   BENCH_CONNINFO='host=... dbname=... user=... password=...' \
 *   BENCH_SQL='SELECT ...' store_floor <clinic> <patient> <limit+1> <iterations> <warmup>
 *
 * Prints: median_us p99_us rows_per_call
 */
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    const char *conninfo = getenv("BENCH_CONNINFO"), *sql = getenv("BENCH_SQL");
    if (argc != 6 || !conninfo || !sql) {
        fprintf(stderr, "usage: BENCH_CONNINFO=... BENCH_SQL=... %s clinic patient limit iterations warmup\n", argv[0]);
        return 2;
    }
    int iterations = atoi(argv[4]), warmup = atoi(argv[5]);
    PGconn *conn = PQconnectdb(conninfo);
    if (PQstatus(conn) != CONNECTION_OK) {
        fprintf(stderr, "store_floor: %s", PQerrorMessage(conn));
        return 1;
    }
    const char *params[5] = {argv[1], argv[2], argv[3], NULL, NULL};
    double *samples = malloc(sizeof(double) * iterations);
    int rows = 0;
    size_t touched = 0;
    for (int i = -warmup; i < iterations; i++) {
        double start = now_us();
        PGresult *res = PQexecParams(conn, sql, 5, NULL, params, NULL, NULL, 0);
        if (PQresultStatus(res) != PGRES_TUPLES_OK) {
            fprintf(stderr, "store_floor: %s", PQerrorMessage(conn));
            return 1;
        }
        rows = PQntuples(res);
        int columns = PQnfields(res);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
                if (!PQgetisnull(res, r, c)) touched += (size_t)PQgetlength(res, r, c) + (unsigned char)PQgetvalue(res, r, c)[0];
        PQclear(res);
        double end = now_us();
        if (i >= 0) samples[i] = end - start;
    }
    qsort(samples, iterations, sizeof(double), compare);
    printf("%.1f %.1f %d\n", samples[iterations / 2], samples[(int)(iterations * 0.99)], rows);
    fprintf(stderr, "store_floor: touched %zu bytes\n", touched);
    PQfinish(conn);
    return 0;
}
