#ifndef SAMSKAP_CGTK_SHIM_H
#define SAMSKAP_CGTK_SHIM_H
#include <gtk/gtk.h>
#include <adwaita.h>

/* Macros and variadic functions of GLib/GTK do not import into Swift: thin inline wrappers.
 * SamskapGtk imports this module; so, until every page speaks its wrappers, does SamskapUI. */

static inline gulong samskap_signal_connect(gpointer instance, const gchar *signal,
                                            GCallback handler, gpointer data,
                                            GClosureNotify destroy) {
    return g_signal_connect_data(instance, signal, handler, data, destroy, (GConnectFlags)0);
}

/* Checked casts: GTK types import as typed pointers or as OpaquePointer (final types);
 * Swift passes a gpointer and gets the type the function wants. */
#define SAMSKAP_CAST(name, Type, MACRO) \
    static inline Type *samskap_##name(gpointer p) { return MACRO(p); }

SAMSKAP_CAST(object, GObject, G_OBJECT)
SAMSKAP_CAST(widget, GtkWidget, GTK_WIDGET)
SAMSKAP_CAST(window, GtkWindow, GTK_WINDOW)
SAMSKAP_CAST(application_window, GtkApplicationWindow, GTK_APPLICATION_WINDOW)
SAMSKAP_CAST(application, GtkApplication, GTK_APPLICATION)
SAMSKAP_CAST(gapplication, GApplication, G_APPLICATION)
SAMSKAP_CAST(action_map, GActionMap, G_ACTION_MAP)
SAMSKAP_CAST(simple_action, GSimpleAction, G_SIMPLE_ACTION)
SAMSKAP_CAST(box, GtkBox, GTK_BOX)
SAMSKAP_CAST(flow_box, GtkFlowBox, GTK_FLOW_BOX)
SAMSKAP_CAST(label, GtkLabel, GTK_LABEL)
SAMSKAP_CAST(button, GtkButton, GTK_BUTTON)
SAMSKAP_CAST(menu_button, GtkMenuButton, GTK_MENU_BUTTON)
SAMSKAP_CAST(toggle_button, GtkToggleButton, GTK_TOGGLE_BUTTON)
SAMSKAP_CAST(check_button, GtkCheckButton, GTK_CHECK_BUTTON)
SAMSKAP_CAST(editable, GtkEditable, GTK_EDITABLE)
SAMSKAP_CAST(entry, GtkEntry, GTK_ENTRY)
SAMSKAP_CAST(search_entry, GtkSearchEntry, GTK_SEARCH_ENTRY)
SAMSKAP_CAST(text_view, GtkTextView, GTK_TEXT_VIEW)
SAMSKAP_CAST(header_bar, GtkHeaderBar, GTK_HEADER_BAR)
SAMSKAP_CAST(list_box, GtkListBox, GTK_LIST_BOX)
SAMSKAP_CAST(list_box_row, GtkListBoxRow, GTK_LIST_BOX_ROW)
SAMSKAP_CAST(scrolled_window, GtkScrolledWindow, GTK_SCROLLED_WINDOW)
SAMSKAP_CAST(stack, GtkStack, GTK_STACK)
SAMSKAP_CAST(aspect_frame, GtkAspectFrame, GTK_ASPECT_FRAME)
SAMSKAP_CAST(stack_sidebar, GtkStackSidebar, GTK_STACK_SIDEBAR)
SAMSKAP_CAST(paned, GtkPaned, GTK_PANED)
SAMSKAP_CAST(revealer, GtkRevealer, GTK_REVEALER)
SAMSKAP_CAST(overlay, GtkOverlay, GTK_OVERLAY)
SAMSKAP_CAST(frame, GtkFrame, GTK_FRAME)
SAMSKAP_CAST(grid, GtkGrid, GTK_GRID)
SAMSKAP_CAST(image, GtkImage, GTK_IMAGE)
SAMSKAP_CAST(popover, GtkPopover, GTK_POPOVER)
SAMSKAP_CAST(native_dialog, GtkNativeDialog, GTK_NATIVE_DIALOG)
SAMSKAP_CAST(file_chooser, GtkFileChooser, GTK_FILE_CHOOSER)
SAMSKAP_CAST(about_dialog, GtkAboutDialog, GTK_ABOUT_DIALOG)
SAMSKAP_CAST(accessible, GtkAccessible, GTK_ACCESSIBLE)
SAMSKAP_CAST(event_controller, GtkEventController, GTK_EVENT_CONTROLLER)
SAMSKAP_CAST(native, GtkNative, GTK_NATIVE)
SAMSKAP_CAST(style_provider, GtkStyleProvider, GTK_STYLE_PROVIDER)
SAMSKAP_CAST(css_provider, GtkCssProvider, GTK_CSS_PROVIDER)
SAMSKAP_CAST(list_model, GListModel, G_LIST_MODEL)
SAMSKAP_CAST(recent_manager, GtkRecentManager, GTK_RECENT_MANAGER)
SAMSKAP_CAST(menu_model, GMenuModel, G_MENU_MODEL)
SAMSKAP_CAST(shortcuts_window, GtkShortcutsWindow, GTK_SHORTCUTS_WINDOW)
SAMSKAP_CAST(adw_application_window, AdwApplicationWindow, ADW_APPLICATION_WINDOW)
SAMSKAP_CAST(adw_message_dialog, AdwMessageDialog, ADW_MESSAGE_DIALOG)
SAMSKAP_CAST(adw_preferences_group, AdwPreferencesGroup, ADW_PREFERENCES_GROUP)
SAMSKAP_CAST(adw_preferences_row, AdwPreferencesRow, ADW_PREFERENCES_ROW)
SAMSKAP_CAST(adw_action_row, AdwActionRow, ADW_ACTION_ROW)

/* Whether a pointer is a list box or a button (a child found by walking the tree). */
static inline gboolean samskap_is_list_box(gpointer p) { return GTK_IS_LIST_BOX(p); }
static inline gboolean samskap_is_button(gpointer p) { return GTK_IS_BUTTON(p); }

/* gtk_accessible_update_property / _relation are variadic: one property per call. */
static inline void samskap_accessible_set_label(gpointer widget, const char *label) {
    gtk_accessible_update_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
/* A name of its own: GTK 4.8 joins the label property and a labelled-by relation (a button's own
   label sets one), so the relation goes first. */
static inline void samskap_accessible_set_own_label(gpointer widget, const char *label) {
    gtk_accessible_reset_relation(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    gtk_accessible_update_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
static inline void samskap_accessible_reset_labelled_by(gpointer widget) {
    gtk_accessible_reset_relation(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}
static inline void samskap_accessible_set_description(gpointer widget, const char *text) {
    gtk_accessible_update_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}
static inline void samskap_accessible_set_labelled_by(gpointer widget, gpointer label) {
    gtk_accessible_update_relation(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
}
static inline void samskap_accessible_set_described_by(gpointer widget, gpointer label) {
    gtk_accessible_update_relation(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, label, NULL, -1);
}
static inline void samskap_accessible_set_invalid(gpointer widget, gboolean invalid) {
    gtk_accessible_update_state(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_STATE_INVALID,
                                invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}
/* NULL when the accessible label equals `expected`, otherwise a message to g_free (tests). */
static inline char *samskap_accessible_check_label(gpointer widget, const char *expected) {
    return gtk_test_accessible_check_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
}
static inline gboolean samskap_accessible_has_label(gpointer widget) {
    return gtk_test_accessible_has_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* A button that assistive technologies know as a combo box (ChoiceButton): GTK 4.8 sets a role only at
   construction, and g_object_new is variadic. */
static inline GtkWidget *samskap_choice_button_new(void) {
    return GTK_WIDGET(g_object_new(GTK_TYPE_BUTTON, "accessible-role", GTK_ACCESSIBLE_ROLE_COMBO_BOX, NULL));
}
/* gtk_accessible_update_state is variadic: one state per call. */
static inline void samskap_accessible_set_expanded(gpointer widget, gboolean expanded) {
    gtk_accessible_update_state(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}
static inline void samskap_accessible_set_hidden(gpointer widget, gboolean hidden) {
    gtk_accessible_update_state(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_STATE_HIDDEN, hidden, -1);
}
static inline void samskap_accessible_set_has_popup(gpointer widget) {
    gtk_accessible_update_property(GTK_ACCESSIBLE(widget), GTK_ACCESSIBLE_PROPERTY_HAS_POPUP, TRUE, -1);
}

/* g_simple_action_new takes a GVariantType; a boolean-free action has none. */
static inline GSimpleAction *samskap_simple_action_new(const char *name) {
    return g_simple_action_new(name, NULL);
}
static inline GSimpleAction *samskap_simple_action_new_string(const char *name) {
    return g_simple_action_new(name, G_VARIANT_TYPE_STRING);
}

/* A NULL-terminated array of one accelerator. */
static inline void samskap_set_accels(gpointer app, const char *action, const char *accel) {
    const char *accels[] = { accel, NULL };
    gtk_application_set_accels_for_action(GTK_APPLICATION(app), action, accel ? accels : (const char *[]){ NULL });
}

/* GtkSearchEntry has no placeholder setter in 4.8, only the property. */
static inline void samskap_set_placeholder(gpointer object, const char *text) {
    g_object_set(object, "placeholder-text", text, NULL);
}

#endif
