package uk.police.hcir.portal.deadletters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.police.hcir.portal.services.BackendService;

/** The retry button's hidden fields: which service, processing group and sequence. */
public record RetryForm(String service, String processingGroup, String sequenceId) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:-]{1,255}");

    public Optional<BackendService> backendService() {
        return Arrays.stream(BackendService.values()).filter(s -> s.serviceName().equals(service)).findFirst();
    }

    /** What is wrong with the form, in words for the error summary; empty when nothing is. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        if (backendService().isEmpty()) {
            errors.add("Choose a service from the list");
        }
        if (processingGroup == null || !NAME.matcher(processingGroup).matches()) {
            errors.add("Choose a processing group from the list");
        }
        if (sequenceId == null || !NAME.matcher(sequenceId).matches()) {
            errors.add("Choose a sequence from the list");
        }
        return errors;
    }
}
