/* The floor of Tests/UI/bench_workshop_frames.py: a bare GTK4 window of the screen's size whose drawing area paints
 * every frame (a background and a square, through a cairo draw function, as the workshop screen draws), logging each
 * frame as the workshop window does with SAMSKAP_FRAME_LOG: "tick N T" when frame N began, "paint N T" once it was
 * painted, T in microseconds of CLOCK_MONOTONIC. What any window pays on this display and renderer for a full repaint.
 * Usage: frames LOG FRAMES   (quits after FRAMES frames) */
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>

static FILE *out;
static int wanted;

static void draw(GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data) {
    (void)area; (void)data;
    cairo_set_source_rgb(cr, 0.12, 0.12, 0.12);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, width * 0.6, height * 0.2, height * 0.6, height * 0.6);
    cairo_fill(cr);
}

static gboolean tick(GtkWidget *widget, GdkFrameClock *clock, gpointer data) {
    GtkWindow *window = data;
    fprintf(out, "tick %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", gdk_frame_clock_get_frame_counter(clock), g_get_monotonic_time());
    gtk_widget_queue_draw(widget);
    if (--wanted <= 0) gtk_window_destroy(window);
    return G_SOURCE_CONTINUE;
}

static void painted(GdkFrameClock *clock, gpointer data) {
    (void)data;
    fprintf(out, "paint %" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n", gdk_frame_clock_get_frame_counter(clock), g_get_monotonic_time());
}

static void mapped(GtkWidget *area, gpointer data) {
    (void)data;
    g_signal_connect(gtk_widget_get_frame_clock(area), "after-paint", G_CALLBACK(painted), NULL);
}

static void activate(GtkApplication *app, gpointer data) {
    (void)data;
    GtkWidget *window = gtk_application_window_new(app);
    GtkWidget *area = gtk_drawing_area_new();
    gtk_drawing_area_set_draw_func(GTK_DRAWING_AREA(area), draw, NULL, NULL);
    gtk_window_set_child(GTK_WINDOW(window), area);
    g_signal_connect(area, "map", G_CALLBACK(mapped), NULL);
    gtk_widget_add_tick_callback(area, tick, window, NULL);
    /* The monitor's size as the window's own, as the workshop window does for a session without a window manager. */
    GdkMonitor *monitor = g_list_model_get_item(gdk_display_get_monitors(gdk_display_get_default()), 0);
    GdkRectangle geometry;
    gdk_monitor_get_geometry(monitor, &geometry);
    g_object_unref(monitor);
    gtk_window_set_default_size(GTK_WINDOW(window), geometry.width, geometry.height);
    gtk_window_fullscreen(GTK_WINDOW(window));
    gtk_window_present(GTK_WINDOW(window));
}

int main(int argc, char **argv) {
    if (argc != 3) return 2;
    out = fopen(argv[1], "w");
    if (!out) return 1;
    setvbuf(out, NULL, _IOLBF, 0);
    wanted = atoi(argv[2]);
    GtkApplication *app = gtk_application_new(NULL, G_APPLICATION_NON_UNIQUE);
    g_signal_connect(app, "activate", G_CALLBACK(activate), NULL);
    int status = g_application_run(G_APPLICATION(app), 1, argv);
    g_object_unref(app);
    fclose(out);
    return status;
}
