package uk.police.hcir.portal.reportforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;
import uk.police.hcir.portal.forms.FormErrors;

/** A form's errors in the order its questions appear on the page, so the error summary reads top to bottom. */
public final class PageOrder {

    private PageOrder() {
    }

    public static FormErrors errors(BindingResult result, List<String> fieldsInPageOrder) {
        Map<String, String> firstPerField = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> firstPerField.putIfAbsent(error.getField(),
                                                                           error.getDefaultMessage()));
        List<FormErrors.FieldError> errors = new ArrayList<>();
        firstPerField.forEach((field, message) -> errors.add(new FormErrors.FieldError(field, message)));
        errors.sort(Comparator.comparingInt(error -> position(fieldsInPageOrder, error.field())));
        return FormErrors.of(errors.toArray(FormErrors.FieldError[]::new));
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    }
}
