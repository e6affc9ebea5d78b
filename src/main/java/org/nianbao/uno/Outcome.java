package org.nianbao.uno;

/** What a command did: success or not, and a message for the user (may be empty). */
public final class Outcome {
    public final boolean success;
    public final String message;
    /** True when the message should be shown in a message box (a refusal the user must notice). */
    public final boolean alert;

    private Outcome(boolean success, String message, boolean alert) {
        this.success = success;
        this.message = message == null ? "" : message;
        this.alert = alert;
    }

    public static Outcome done(String message) {
        return new Outcome(true, message, false);
    }

    /** Nothing was changed, for a reason the user is told in a message box. */
    public static Outcome refused(String message) {
        return new Outcome(false, message, true);
    }

    public static Outcome failed(String message) {
        return new Outcome(false, message, true);
    }

    @Override
    public String toString() {
        return (success ? "done" : "failed") + ": " + message;
    }
}
