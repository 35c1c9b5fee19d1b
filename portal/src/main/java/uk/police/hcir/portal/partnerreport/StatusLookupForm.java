package uk.police.hcir.portal.partnerreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A reporting centre's look-up of one of its own reports, by the centre's reference for it. */
public class StatusLookupForm {

    @NotBlank(message = "Enter your centre's reporting key")
    @Size(max = 256, message = "Enter your centre's reporting key")
    private String lookupKey;

    @NotBlank(message = "Enter your centre's reference for the report")
    @Size(max = 64, message = "Your reference must be 64 characters or fewer")
    @Pattern(regexp = "[A-Za-z0-9/_.-]*", message = "Your reference can only contain letters, numbers and / _ . -")
    private String lookupReference;

    @Override
    public String toString() {
        return "StatusLookupForm[lookupReference=" + lookupReference + "]";
    }

    public String getLookupKey() {
        return lookupKey;
    }

    public void setLookupKey(String lookupKey) {
        this.lookupKey = lookupKey;
    }

    public String getLookupReference() {
        return lookupReference;
    }

    public void setLookupReference(String lookupReference) {
        this.lookupReference = lookupReference;
    }
}
