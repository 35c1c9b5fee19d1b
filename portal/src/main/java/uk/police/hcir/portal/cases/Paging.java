package uk.police.hcir.portal.cases;

import java.util.ArrayList;
import java.util.List;

/** One page of a list: which items it shows and the links of the GOV.UK pagination beneath it. */
public record Paging(int total, int page, int pages, int from, int to, String previous, String next,
                     List<Link> links) {

    public record Link(int number, String href, boolean current) {
    }

    public static Paging of(int total, int requestedPage, int size, String path, String query) {
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, requestedPage), pages);
        int from = Math.min((page - 1) * size, total);
        int to = Math.min(from + size, total);
        String prefix = path + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
        List<Link> links = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            links.add(new Link(number, prefix + number, number == page));
        }
        return new Paging(total, page, pages, from, to, page > 1 ? prefix + (page - 1) : null,
                          page < pages ? prefix + (page + 1) : null, links);
    }

    public boolean several() {
        return pages > 1;
    }

    public int firstShown() {
        return total == 0 ? 0 : from + 1;
    }
}
