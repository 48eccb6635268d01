#ifndef SAMSKAP_CSOUP_SHIM_H
#define SAMSKAP_CSOUP_SHIM_H
#include <libsoup/soup.h>
#include <gio/gio.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <sys/random.h>
#include <glib-unix.h>

/* g_signal_connect is a macro: Swift sees only g_signal_connect_data. */
static inline gulong samskap_soup_signal_connect(gpointer instance, const char *signal, GCallback handler, gpointer data) {
    return g_signal_connect_data(instance, signal, handler, data, NULL, 0);
}

/* soup_server_new is variadic: a server with no properties set. */
static inline SoupServer *samskap_soup_server_new(void) {
    return soup_server_new(NULL, NULL);
}
#endif
