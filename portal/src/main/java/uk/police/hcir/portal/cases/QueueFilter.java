package uk.police.hcir.portal.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * What a queue is narrowed to, from the page's query: status (open unless chosen), risk level, overdue only, the
 * team (for the team queue) and the page.
 */
public record QueueFilter(String status, String risk, String overdue, String team, Integer page) {

    public String statusOrOpen() {
        return status == null || status.isBlank() ? "OPEN" : status;
    }

    public boolean overdueOnly() {
        return "yes".equals(overdue);
    }

    public int currentPage() {
        return page == null || page < 1 ? 1 : page;
    }

    /** The filter as a query string, without the page, for the pagination links. */
    public String queryWithoutPage() {
        List<String> parts = new ArrayList<>();
        add(parts, "team", team);
        add(parts, "status", status);
        add(parts, "risk", risk);
        add(parts, "overdue", overdue);
        return String.join("&", parts);
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(name + "=" + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
        }
    }
}
