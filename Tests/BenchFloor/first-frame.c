/* The floors for Samskap's time-to-first-frame benchmark: the smallest window that shows a header bar and a label,
 * and quits after its first frame is painted. Built twice by first_frame.sh: in bare GTK4, and with -DFLOOR_ADW in
 * libadwaita (AdwApplication, AdwApplicationWindow, AdwHeaderBar), the floor of what Samskap is built on. */
#ifdef FLOOR_ADW
#include <adwaita.h>
#else
#include <gtk/gtk.h>
#endif
#include <stdio.h>
#include <time.h>

static void after_paint(GdkFrameClock *clock, gpointer window) {
    (void)clock;
    /* The moment of the first frame, as Samskap prints it (FirstFrameBench.swift). */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    printf("first-frame-ns %lld\n", (long long)now.tv_sec * 1000000000LL + now.tv_nsec);
    fflush(stdout);
    g_signal_handlers_disconnect_by_func(clock, after_paint, window);
    gtk_window_destroy(GTK_WINDOW(window));
}

static void on_map(GtkWidget *window, gpointer data) {
    (void)data;
    GdkFrameClock *clock = gtk_widget_get_frame_clock(window);
    g_signal_connect(clock, "after-paint", G_CALLBACK(after_paint), window);
}

static void activate(GtkApplication *app, gpointer data) {
    (void)data;
#ifdef FLOOR_ADW
    GtkWidget *window = adw_application_window_new(app);
    GtkWidget *box = gtk_box_new(GTK_ORIENTATION_VERTICAL, 0);
    gtk_box_append(GTK_BOX(box), adw_header_bar_new());
    gtk_box_append(GTK_BOX(box), gtk_label_new("Samskap floor"));
    adw_application_window_set_content(ADW_APPLICATION_WINDOW(window), box);
#else
    GtkWidget *window = gtk_application_window_new(app);
    gtk_window_set_titlebar(GTK_WINDOW(window), gtk_header_bar_new());
    gtk_window_set_child(GTK_WINDOW(window), gtk_label_new("Samskap floor"));
#endif
    gtk_window_set_title(GTK_WINDOW(window), "Floor");
    gtk_window_set_default_size(GTK_WINDOW(window), 1280, 800);
    g_signal_connect(window, "map", G_CALLBACK(on_map), NULL);
    gtk_window_present(GTK_WINDOW(window));
}

int main(int argc, char **argv) {
#ifdef FLOOR_ADW
    GtkApplication *app = GTK_APPLICATION(adw_application_new("io.github.samskap.FloorAdw", G_APPLICATION_NON_UNIQUE));
#else
    GtkApplication *app = gtk_application_new("io.github.samskap.Floor", G_APPLICATION_NON_UNIQUE);
#endif
    g_signal_connect(app, "activate", G_CALLBACK(activate), NULL);
    int status = g_application_run(G_APPLICATION(app), argc, argv);
    g_object_unref(app);
    return status;
}
