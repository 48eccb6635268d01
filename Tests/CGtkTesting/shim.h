#ifndef SAMSKAP_CGTK_TESTING_SHIM_H
#define SAMSKAP_CGTK_TESTING_SHIM_H
#include <gtk/gtk.h>

/* What only the window layer's tests use, kept out of the app's CGtk shim: macros and variadic functions
 * of GLib/GTK as thin inline wrappers Swift can call. */

/* g_signal_emit_by_name is variadic: the form for signals without arguments or return value. */
static inline void samskap_emit(gpointer instance, const gchar *signal) {
    g_signal_emit_by_name(instance, signal);
}

/* Whether a pointer is a live GObject, whether its reference is floating, and how many references it has. */
static inline gboolean samskap_is_object(gpointer p) { return G_IS_OBJECT(p); }
static inline gboolean samskap_is_floating(gpointer p) { return g_object_is_floating(p); }
static inline guint samskap_ref_count(gpointer p) { return G_OBJECT(p)->ref_count; }

/* The accessible role, and NULL when the expanded state is `expected`, otherwise a message to g_free. */
static inline gboolean samskap_accessible_is_combo_box(gpointer widget) {
    return gtk_accessible_get_accessible_role(GTK_ACCESSIBLE(widget)) == GTK_ACCESSIBLE_ROLE_COMBO_BOX;
}
static inline char *samskap_accessible_check_expanded(gpointer widget, gboolean expected) {
    return gtk_test_accessible_check_state(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_STATE_EXPANDED, expected);
}

#endif
