package uk.police.hcir.intake.report.command;

/** Where a report comes in. */
public enum Channel {
    /** A 999 or 101 call taken by a control-room call handler. */
    CONTROL_ROOM,
    /** The public online form. */
    ONLINE,
    /** A third-party reporting centre, reporting on a victim's behalf. */
    THIRD_PARTY,
    /** Raised by an officer. */
    OFFICER
}
