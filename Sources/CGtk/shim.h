#ifndef SAMSKAP_CGTK_SHIM_H
#define SAMSKAP_CGTK_SHIM_H
#include <gtk/gtk.h>

/* Macros and variadic functions of GLib/GTK do not import into Swift: thin inline wrappers. */

static inline gulong samskap_signal_connect(gpointer instance, const gchar *signal,
                                            GCallback handler, gpointer data,
                                            GClosureNotify destroy) {
    return g_signal_connect_data(instance, signal, handler, data, destroy, (GConnectFlags)0);
}
#endif
