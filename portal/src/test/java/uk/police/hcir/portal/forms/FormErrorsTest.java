package uk.police.hcir.portal.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BeanPropertyBindingResult;
import uk.police.hcir.portal.services.BackendService;
import uk.police.hcir.portal.services.ServiceRefusedException;

class FormErrorsTest {

    record Call(String reference, String summary) {
    }

    @Test
    void aFieldWithTwoProblemsShowsOnlyTheFirstAndFieldsKeepTheOrderTheyWereChecked() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Call(null, null), "call");
        result.rejectValue("summary", "required", "Enter what happened");
        result.rejectValue("reference", "required", "Enter the reference");
        result.rejectValue("summary", "size", "What happened must be 4,000 characters or fewer");

        FormErrors errors = FormErrors.of(result);

        assertThat(errors.all()).extracting(FormErrors.FieldError::field).containsExactly("summary", "reference");
        assertThat(errors.messageFor("summary")).isEqualTo("Enter what happened");
        assertThat(errors.all().get(0).href()).isEqualTo("#summary");
        assertThat(errors.has("victim")).isFalse();
    }

    @Test
    void aServicesFieldErrorsAreShownAgainstTheFormFieldsTheyCameFrom() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "2 fields are not valid");
        problem.setProperty("errors", List.of(
                Map.of("field", "perception.strands[0]", "message", "is not a strand"),
                Map.of("field", "channelDetail", "message", "is too long")));
        ServiceRefusedException refusal = new ServiceRefusedException(BackendService.INTAKE, 400, problem);

        FormErrors errors = FormErrors.fromRefusal(refusal,
                apiField -> apiField.startsWith("perception.strands") ? "strands" : null);

        assertThat(errors.all()).containsExactly(
                new FormErrors.FieldError("strands", "is not a strand"),
                new FormErrors.FieldError(FormErrors.FORM, "is too long"));
    }

    @Test
    void aRefusalNamingNoFieldIsShownWithItsDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                                                                 "The case was closed by another officer");
        FormErrors errors = FormErrors.fromRefusal(
                new ServiceRefusedException(BackendService.CASE, 409, problem), field -> field);

        assertThat(errors.all()).containsExactly(
                new FormErrors.FieldError(FormErrors.FORM, "The case was closed by another officer"));
    }
}
