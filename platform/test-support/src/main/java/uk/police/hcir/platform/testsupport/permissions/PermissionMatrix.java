package uk.police.hcir.platform.testsupport.permissions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permission matrix as written down in {@code docs/security/permissions.md}: for each service, each endpoint
 * and who may use it. Tests hold every service to it.
 */
public final class PermissionMatrix {

    public static final Path DOCUMENT = Path.of("docs", "security", "permissions.md");
    public static final List<String> ROLES = List.of("CALL_HANDLER", "OFFICER", "SUPERVISOR", "VICTIM_CARE",
                                                     "AUDITOR", "ANALYST", "ADMINISTRATOR");
    private static final String ANYONE = "anyone";
    private static final String PARTNER = "reporting centres";
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PUT|PATCH|DELETE) (/[^`]*)` \\| ([^|]+) \\|");

    /** Who may use an endpoint. */
    public enum Access {
        /** The roles listed, and nobody else. */
        ROLES,
        /** Anyone, signed in or not. */
        ANYONE,
        /** Reporting centres with their own credential, and nobody else. */
        REPORTING_CENTRES
    }

    /** One endpoint and who may use it. */
    public record Rule(String method, String path, Access access, Set<String> roles) {

        public String endpoint() {
            return method + " " + path;
        }
    }

    private final List<Rule> rules;

    private PermissionMatrix(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rules of one service, read from its section ({@code ## <service-name>}) of the document. */
    public static PermissionMatrix of(String serviceName) {
        List<Rule> rules = new ArrayList<>();
        boolean inSection = false;
        for (String line : read()) {
            if (line.startsWith("## ")) {
                inSection = line.substring(3).trim().equals(serviceName);
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inSection && row.find()) {
                rules.add(rule(row.group(1), row.group(2), row.group(3).trim()));
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalStateException(DOCUMENT + " has no endpoints for " + serviceName);
        }
        return new PermissionMatrix(rules);
    }

    private static Rule rule(String method, String path, String who) {
        if (who.equals(ANYONE)) {
            return new Rule(method, path, Access.ANYONE, Set.of());
        }
        if (who.equals(PARTNER)) {
            return new Rule(method, path, Access.REPORTING_CENTRES, Set.of());
        }
        Set<String> roles = new LinkedHashSet<>();
        for (String role : who.split(",")) {
            String name = role.trim();
            if (!ROLES.contains(name)) {
                throw new IllegalStateException(method + " " + path + " names an unknown role '" + name + "'");
            }
            roles.add(name);
        }
        return new Rule(method, path, Access.ROLES, roles);
    }

    private static List<String> read() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve(DOCUMENT))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("No " + DOCUMENT + " above " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readAllLines(directory.resolve(DOCUMENT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> callers() {
        List<String> callers = new ArrayList<>(ROLES);
        callers.add(null);
        return callers;
    }
}
