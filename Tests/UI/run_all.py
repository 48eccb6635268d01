#!/usr/bin/python3
"""Real-window tests of samskap. Usage: run_all.py PATH/TO/samskap [TEST-NAME-PART]

`make ui-test` runs this under Xvfb and dbus-run-session. Prints one line per test and
`N passed, N failed`; exits non-zero when a test failed.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import subprocess  # noqa: E402

# The catalogues the window reads from the source tree, compiled from po/ as the build does.
subprocess.check_call([os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "po", "compile.sh")])

import display  # noqa: E402  (before pyatspi, which opens the display on import)
display.wait()

from harness import Runner, ensure_a11y_bus  # noqa: E402
import test_charts_report  # noqa: E402
import test_dropdowns  # noqa: E402
import test_impact  # noqa: E402
import test_languages  # noqa: E402
import test_one_place  # noqa: E402
import test_open_project  # noqa: E402
import test_overview  # noqa: E402
import test_project_flow  # noqa: E402
import test_plan  # noqa: E402
import test_presenter  # noqa: E402
import test_process  # noqa: E402
import test_goals  # noqa: E402
import test_long_texts  # noqa: E402
import test_text_fields  # noqa: E402
import test_unsaved_values  # noqa: E402
import test_workshop  # noqa: E402
import test_workshop_phones  # noqa: E402
import test_workshop_phone_browser  # noqa: E402
import test_workshop_agenda  # noqa: E402
import test_workshop_exercises  # noqa: E402

TESTS = [
    ("create, edit, validate, delete and undo, reopen (nb)", test_project_flow.test_create_edit_undo_reopen, {"language": "nb"}),
    ("create, edit, validate, delete and undo, reopen (en)", test_project_flow.test_create_edit_undo_reopen, {"language": "en"}),
    ("create, edit, validate, delete and undo, reopen (nn)", test_languages.test_flow_in_nynorsk, {"language": "nn"}),
    ("a new language is one PO file, seen in the window (xx)", test_languages.test_a_new_language_is_one_po_file, {"language": "xx"}),
    ("the nynorsk report holds no bokmål and no English (nn)", test_languages.test_nynorsk_report_has_no_bokmal_or_english, {"language": "nn"}),
    ("open the demo project from the start screen (nb)", test_open_project.test_open_demo, {"language": "nb"}),
    ("open a file already open brings its window forward", test_open_project.test_open_twice_focuses, {"language": "en"}),
    ("open the handbook's worked example from the start screen (nb)", test_open_project.test_open_the_handbooks_example, {"language": "nb"}),
    ("a file on the command line whose measurement is damaged is closed with a reason (nb)",
     test_open_project.test_unreadable_measurement_from_the_command_line, {"language": "nb"}),
    ("process: round, fast entry of three respondents, divergence, anonymity (nb)", test_process.test_rounds_entry_results, {"language": "nb"}),
    ("impact: indicator from scratch and from the catalogue, grid, paste, log (nb)", test_impact.test_indicator_and_grid, {"language": "nb"}),
    ("impact: indicator from scratch and from the catalogue, grid, paste, log (en)", test_impact.test_indicator_and_grid, {"language": "en"}),
    ("impact: measurements to and from CSV (nb)", test_impact.test_csv, {"language": "nb"}),
    ("impact: the grid by keyboard (en)", test_impact.test_grid_keyboard, {"language": "en"}),
    ("overview charts: named, described, exported as PNG (nb)", test_charts_report.test_overview_charts_export_png, {"language": "nb"}),
    ("overview charts: named, described, exported as PNG (en)", test_charts_report.test_overview_charts_export_png, {"language": "en"}),
    ("report: export PDF and print to PDF (nb)", test_charts_report.test_report_export_pdf, {"language": "nb"}),
    ("overview: the circle phase shown, recorded under Position, undone (en)", test_overview.test_phase_shown_on_the_overview_recorded_under_position, {"language": "en"}),
    ("overview: the circle phase shown, recorded under Position, undone (nb)", test_overview.test_phase_shown_on_the_overview_recorded_under_position, {"language": "nb"}),
    ("overview: the municipality typed, chosen by keyboard, an unknown one said once left (nb)",
     test_overview.test_municipality_by_keyboard, {"language": "nb"}),
    ("one place: Position shows the cell and staircase and leads to the Overview (nb)",
     test_one_place.test_position_shows_the_cell_and_staircase_and_leads_to_the_overview, {"language": "nb"}),
    ("one place: Position shows the cell and staircase and leads to the Overview (en)",
     test_one_place.test_position_shows_the_cell_and_staircase_and_leads_to_the_overview, {"language": "en"}),
    ("one place: impact steps 1 and 2 show the problem and the goals, with the way to them (nb)",
     test_one_place.test_steps_one_and_two_show_the_problem_and_the_goals, {"language": "nb"}),
    ("one place: impact steps 1 and 2 show the problem and the goals, with the way to them (en)",
     test_one_place.test_steps_one_and_two_show_the_problem_and_the_goals, {"language": "en"}),
    ("drop-downs: Tab, Space, Alt+Down, arrows, Escape and Enter, by keyboard alone (en)", test_dropdowns.test_keyboard_alone, {"language": "en"}),
    ("drop-downs: Tab, Space, Alt+Down, arrows, Escape and Enter, by keyboard alone (nb)", test_dropdowns.test_keyboard_alone, {"language": "nb"}),
    ("drop-downs: a staircase row shows the step chosen in it (nb)", test_dropdowns.test_staircase_step, {"language": "nb"}),
    ("drop-downs: one opened out of sight opens in view (en)", test_dropdowns.test_opened_from_out_of_sight, {"language": "en"}),
    ("main menu: F10 opens it (nb)", test_overview.test_f10_opens_the_main_menu, {"language": "nb"}),
    ("long texts: a long goal wraps in a field that grows, at 960 px wide (nb)", test_long_texts.test_a_long_goal_wraps, {"language": "nb"}),
    ("long texts: target groups' and activities' descriptions wrap at 960 px wide (nb)", test_long_texts.test_plan_descriptions_wrap, {"language": "nb"}),
    ("text fields: the wheel scrolls the page, typing keeps the cursor in sight (nb)", test_text_fields.test_text_field_scrolling, {"language": "nb"}),
    ("unsaved values: partner, a bad e-mail kept beside a saved phone and contact (nb)", test_unsaved_values.test_partner, {"language": "nb"}),
    ("unsaved values: partner, a bad e-mail kept beside a saved phone and contact (en)", test_unsaved_values.test_partner, {"language": "en"}),
    ("unsaved values: partner, an emptied anchor point kept beside a saved one and a phone (nb)",
     test_unsaved_values.test_partner_anchor_points, {"language": "nb"}),
    ("unsaved values: project, a bad start date kept beside a saved name and end date (nb)", test_unsaved_values.test_project, {"language": "nb"}),
    ("unsaved values: indicator, a bad target date kept beside a saved unit and source (nb)", test_unsaved_values.test_indicator, {"language": "nb"}),
    ("unsaved values: measurement, a bad value kept beside a saved note and source (nb)", test_unsaved_values.test_measurement, {"language": "nb"}),
    ("unsaved values: round, an empty label kept beside a saved date and reopening (en)", test_unsaved_values.test_round, {"language": "en"}),
    ("unsaved values: goals, an emptied goal kept beside a saved goal and sub-goal (nb)", test_unsaved_values.test_goals, {"language": "nb"}),
    ("goals: one added, moved up and removed, a sub-goal added, each saved at once (en)", test_goals.test_add_move_remove, {"language": "en"}),
    ("goals: one added, moved up and removed, a sub-goal added, each saved at once (nb)", test_goals.test_add_move_remove, {"language": "nb"}),
    ("unsaved values: a new partner without a name, left for another, is asked about and reached, then saved (nb)",
     test_unsaved_values.test_new_partner_without_a_name, {"language": "nb"}),
    ("unsaved values: a new indicator left for another is reached from the question on closing (en)",
     test_unsaved_values.test_new_indicator_left_for_another, {"language": "en"}),
    ("unsaved values: impact steps 3 and 4, a bad size and date kept through a rebuild, an undone name shown (nb)",
     test_unsaved_values.test_plan_fields, {"language": "nb"}),
    ("unsaved values: a bad value pasted over a stored row kept beside the saved cells (nb)",
     test_unsaved_values.test_pasted_over_a_stored_row, {"language": "nb"}),
    ("unsaved values: a new measurement row that does not read survives another indicator (en)",
     test_unsaved_values.test_new_measurement_row, {"language": "en"}),
    ("workshop: agenda, present, three by keyboard, hidden until R, most disputed, groups, Esc (nb)",
     test_workshop.test_workshop_round_reveal_groups, {"language": "nb"}),
    ("workshop: agenda, present, three by keyboard, hidden until R, most disputed, groups, Esc (en)",
     test_workshop.test_workshop_round_reveal_groups, {"language": "en"}),
    ("workshop: SIGKILL mid-round, start again, resume at the same screen with every answer (nb)",
     test_workshop.test_workshop_resumes_after_sigkill, {"language": "nb"}),
    ("workshop presenter view: Next drives the workshop, a note per screen, End gives the pages back (nb)",
     test_presenter.test_presenter_view_drives_the_workshop, {"language": "nb"}),
    ("workshop presenter view: Next drives the workshop, a note per screen, End gives the pages back (en)",
     test_presenter.test_presenter_view_drives_the_workshop, {"language": "en"}),
    ("workshop presenter view: the phones started and stopped from it, not from the room's screen (nb)",
     test_presenter.test_phones_from_the_presenter_view, {"language": "nb"}),
    ("workshop presenter view: the timer's time left, stopped and running; nothing after the last screen (en)",
     test_presenter.test_timer_in_the_presenter_view, {"language": "en"}),
    ("workshop agenda: a timer's length (300, \"abc\" refused), group 1 with two sectors, Ctrl+Z, saved (nb)",
     test_workshop_agenda.test_agenda_screen_settings_groups_undo, {"language": "nb"}),
    ("workshop agenda: a timer's length (300, \"abc\" refused), group 1 with two sectors, Ctrl+Z, saved (en)",
     test_workshop_agenda.test_agenda_screen_settings_groups_undo, {"language": "en"}),
    ("workshop phones: P, 127.0.0.1, two phones counted on the screen, R, Esc stops listening, answers exported (nb)",
     test_workshop_phones.test_phones_answer_in_the_workshop, {"language": "nb"}),
    ("workshop phones: P, 127.0.0.1, two phones counted on the screen, R, Esc stops listening, answers exported (en)",
     test_workshop_phones.test_phones_answer_in_the_workshop, {"language": "en"}),
    ("workshop phone browser: QR read from the screen, chromium at 390×844 joins, answers, changes, waits, results after R (nb)",
     test_workshop_phone_browser.test_phone_browser_in_the_workshop, {"language": "nb"}),
    ("workshop phone browser: QR read from the screen, chromium at 390×844 joins, answers, changes, waits, results after R (en)",
     test_workshop_phone_browser.test_phone_browser_in_the_workshop, {"language": "en"}),
    ("workshop phones: SIGKILL while phones answer, present again, resume at the same address (nb)",
     test_workshop_phones.test_phones_resume_after_a_crash, {"language": "nb"}),
    ("workshop exercises: staircase step by keys, Ctrl+Z, again, circle phase, a room's note, export-json (nb)",
     test_workshop_exercises.test_workshop_exercises_record_position_and_notes, {"language": "nb"}),
    ("workshop exercises: staircase step by keys, Ctrl+Z, again, circle phase, a room's note, export-json (en)",
     test_workshop_exercises.test_workshop_exercises_record_position_and_notes, {"language": "en"}),
    ("unsaved values: a log entry's bad date survives an undo beside a saved link (nb)", test_unsaved_values.test_log_date, {"language": "nb"}),
    ("impact steps 3 and 4: target groups, activities, links, a changed target (en)", test_plan.test_plan_steps, {"language": "en"}),
    ("impact steps 3 and 4: target groups, activities, links, a changed target (nb)", test_plan.test_plan_steps, {"language": "nb"}),
]


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    if not os.access(binary, os.X_OK):
        print("Not an executable: %s (build first)" % binary)
        return 2
    only = sys.argv[2] if len(sys.argv) > 2 else None
    ensure_a11y_bus()
    runner = Runner(binary)
    for name, test, kwargs in TESTS:
        if only and only not in name:
            continue
        runner.run(name, test, **kwargs)
    return runner.finish()


if __name__ == "__main__":
    sys.exit(main())
