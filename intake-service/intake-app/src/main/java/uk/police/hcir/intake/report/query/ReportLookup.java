package uk.police.hcir.intake.report.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.police.hcir.platform.eventcontract.EventContractAutoConfiguration;
import uk.police.hcir.platform.personaldata.PersonalData;

/** Looks reports up for officers, opening their sealed personal data, and for the centres that submitted them. */
@Component
public class ReportLookup {

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final ObjectMapper json = EventContractAutoConfiguration.eventObjectMapper();

    ReportLookup(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    public Optional<ReportView> find(String reportId) {
        return jdbc.sql("""
                        SELECT report_id, reference, channel, received_at, status, linked_to, withdrawal_reason,
                               received::text AS received, details::text AS details
                        FROM report WHERE report_id = ?""")
                   .param(reportId)
                   .query((rs, row) -> {
                       ObjectNode report = (ObjectNode) read(rs.getString("received"));
                       String details = rs.getString("details");
                       if (details != null) {
                           ObjectNode detailsNode = (ObjectNode) read(details);
                           detailsNode.remove("reportId");
                           report.set("details", detailsNode);
                       }
                       return new ReportView(rs.getString("report_id"), rs.getString("reference"),
                                             rs.getString("channel"), rs.getTimestamp("received_at").toInstant(),
                                             rs.getString("status"), rs.getString("linked_to"),
                                             rs.getString("withdrawal_reason"), open(report));
                   })
                   .optional();
    }

    public Optional<PartnerReportStatus> findForCentre(String centreId, String centreReference) {
        return jdbc.sql("""
                        SELECT partner_reference, reference, received_at, status FROM report
                        WHERE partner_centre_id = ? AND partner_reference = ?
                        ORDER BY received_at DESC LIMIT 1""")
                   .params(centreId, centreReference)
                   .query((rs, row) -> new PartnerReportStatus(rs.getString(1), rs.getString(2),
                                                               rs.getTimestamp(3).toInstant(), rs.getString(4)))
                   .optional();
    }

    /** Replaces every sealed value in the tree by its text, or by "[erased]"; sealed JSON is opened as JSON. */
    private JsonNode open(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && PersonalData.isSealed(value.asText())) {
                    String opened = personalData.openForDisplay(value.asText());
                    JsonNode openedNode = opened.startsWith("{") ? read(opened) : TextNode.valueOf(opened);
                    field.setValue(openedNode);
                } else {
                    open(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(this::open);
        }
        return node;
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
