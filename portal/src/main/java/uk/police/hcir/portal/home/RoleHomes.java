package uk.police.hcir.portal.home;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.police.hcir.portal.security.Role;

/**
 * What each role works on, and the page for each piece of work. A page links from the home page and the
 * navigation once the portal serves it ({@link PortalPages}).
 */
public final class RoleHomes {

    private static final Map<Role, String> SUMMARIES = new EnumMap<>(Role.class);
    private static final Map<Role, List<WorkItem>> WORK = new EnumMap<>(Role.class);

    static {
        add(Role.CALL_HANDLER, "Take 999 and 101 calls about hate incidents and record them.",
                new WorkItem("Record a call", "Record what happened and ask whether the caller, or anyone else, "
                        + "perceives it was motivated by hostility or prejudice, and why.", "/reports/new"),
                new WorkItem("Possible duplicates", "Reports that may be about the same incident, to link or "
                        + "keep apart.", "/reports/duplicates"));
        add(Role.OFFICER, "Work the cases allocated to you, from first contact to outcome.",
                new WorkItem("Your cases", "Cases allocated to you, with what is due next.", "/cases/mine"),
                new WorkItem("Team queue", "Your team's cases, with filters.", "/cases/team"),
                new WorkItem("Find a case", "Find a case by reference, victim or place.", "/cases/search"),
                new WorkItem("Record a report", "Record a hate incident you attended or were told about.",
                             "/reports/new"));
        add(Role.SUPERVISOR, "Review high-risk and flagged cases, approve decisions and see overdue work.",
                new WorkItem("Cases to review", "High-risk and flagged cases waiting for your review.",
                             "/supervision/reviews"),
                new WorkItem("Overdue work", "Recording decisions, risk reviews and victim updates past "
                        + "their time.", "/supervision/overdue"),
                new WorkItem("Team queue", "Your team's cases, with filters.", "/cases/team"));
        add(Role.VICTIM_CARE, "Meet the Victims' Code duties for every victim.",
                new WorkItem("Updates due", "Victim updates due today or overdue.", "/victim-care/updates"),
                new WorkItem("Needs assessments", "Victims whose needs are still to be assessed.",
                             "/victim-care/needs"),
                new WorkItem("Referrals", "Refer victims to support services, with their consent.",
                             "/victim-care/referrals"));
        add(Role.AUDITOR, "Replay any case as it stood at any moment and verify it was not altered.",
                new WorkItem("Case history", "A case's full history, as it stood at any moment, its integrity "
                        + "check and its export.", "/audit/cases"),
                new WorkItem("Rebuilds", "Rebuild the views from the events, with progress.", "/audit/rebuilds"));
        add(Role.ANALYST, "Statistics, data quality and the Home Office hate crime return.",
                new WorkItem("Dashboards", "Hate crime by strand and month, risk, timeliness, data quality and "
                        + "the Victims' Code, as charts and tables.", "/analysis/dashboards"),
                new WorkItem("Home Office return", "The annual hate crime return, as CSV.",
                             "/analysis/home-office-return"));
        add(Role.ADMINISTRATOR, "Keep the service running.",
                new WorkItem("Service status", "Whether each part of the service is ready to take work.",
                             "/admin/service-status"),
                new WorkItem("Dead-lettered events", "Events a service could not process, to retry once the "
                        + "cause is fixed.", "/admin/dead-letters"));
    }

    private RoleHomes() {
    }

    private static void add(Role role, String summary, WorkItem... work) {
        SUMMARIES.put(role, summary);
        WORK.put(role, List.of(work));
    }

    public static RoleHome of(Role role, PortalPages pages) {
        return new RoleHome(role, SUMMARIES.get(role), WORK.get(role).stream()
                .map(item -> new RoleHome.AvailableWork(item, pages.serves(item.path())))
                .toList());
    }

    /** The pages a person holding these roles can open from the navigation, each once, in role order. */
    public static List<WorkItem> navigationFor(Set<Role> roles, PortalPages pages) {
        Set<String> seen = new LinkedHashSet<>();
        List<WorkItem> items = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!roles.contains(role)) {
                continue;
            }
            for (WorkItem item : WORK.get(role)) {
                if (pages.serves(item.path()) && seen.add(item.path())) {
                    items.add(item);
                }
            }
        }
        return items;
    }
}
