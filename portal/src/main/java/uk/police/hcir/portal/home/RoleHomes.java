package uk.police.hcir.portal.home;

import static uk.police.hcir.portal.home.WorkItem.available;
import static uk.police.hcir.portal.home.WorkItem.notYetAvailable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.police.hcir.portal.security.Role;

/** What each role works on. Only work whose page exists links anywhere. */
public final class RoleHomes {

    private static final Map<Role, RoleHome> HOMES = new EnumMap<>(Role.class);

    static {
        add(Role.CALL_HANDLER, "Take 999 and 101 calls about hate incidents and record them.",
                notYetAvailable("Record a call", "Record what happened and ask whether the caller, or anyone else, "
                        + "perceives it was motivated by hostility or prejudice, and why."),
                notYetAvailable("Find a report", "Find a report by its reference to add to it or link a duplicate."));
        add(Role.OFFICER, "Work the cases allocated to you, from first contact to outcome.",
                notYetAvailable("Your cases", "Cases allocated to you, with what is due next."),
                notYetAvailable("Motivation and flags", "Record who perceived hostility, against which strands, "
                        + "in their own words, and apply the hate crime flags."),
                notYetAvailable("Risk assessment", "Assess the risk to the victim and set when it is reviewed."),
                notYetAvailable("Outcome", "Record the outcome and close the case."));
        add(Role.SUPERVISOR, "Review high-risk and flagged cases, approve decisions and see overdue work.",
                notYetAvailable("Cases to review", "High-risk and flagged cases waiting for your review."),
                notYetAvailable("Overdue work", "Recording decisions, risk reviews and victim updates past "
                        + "their time."),
                notYetAvailable("Allocation", "Allocate cases to officers."));
        add(Role.VICTIM_CARE, "Meet the Victims' Code duties for every victim.",
                notYetAvailable("Needs assessments", "Victims whose needs are still to be assessed."),
                notYetAvailable("Referrals", "Refer victims to support services, with their consent."),
                notYetAvailable("Updates due", "Victim updates due soon or overdue."));
        add(Role.AUDITOR, "Replay any case as it stood at any moment and verify it was not altered.",
                notYetAvailable("Case history", "A case's full history, as it stood at any moment."),
                notYetAvailable("Integrity check", "Verify that a case's history was never altered."),
                notYetAvailable("Export", "Export a case's history for an inspection."));
        add(Role.ANALYST, "Statistics, data quality and the Home Office hate crime return.",
                notYetAvailable("Statistics and trends", "Hate crime and incidents by strand, area and time."),
                notYetAvailable("Data quality", "Records with missing or inconsistent information."),
                notYetAvailable("Home Office return", "The annual hate crime return, as CSV."));
        add(Role.ADMINISTRATOR, "Keep the service running.",
                available("Service status", "Whether each part of the service is ready to take work.",
                          "/admin/service-status"));
    }

    private RoleHomes() {
    }

    private static void add(Role role, String summary, WorkItem... work) {
        HOMES.put(role, new RoleHome(role, summary, List.of(work)));
    }

    public static RoleHome of(Role role) {
        return HOMES.get(role);
    }
}
