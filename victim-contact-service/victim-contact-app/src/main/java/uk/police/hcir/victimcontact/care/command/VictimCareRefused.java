package uk.police.hcir.victimcontact.care.command;

/** A request the Victims' Code rules, or the victim's own wishes, do not allow; {@code code} names the rule. */
public class VictimCareRefused extends RuntimeException {

    private final String code;

    public VictimCareRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
