package org.nianbao.uno;

/** What a command did: success or not, and a message for the user (may be empty). */
public final class Outcome {
    public final boolean success;
    public final String message;
    /** True for a refusal or failure the user must notice, false for a plain result. */
    public final boolean alert;
    /** True when something went wrong (an error, logged), false for a refusal with a reason. */
    public final boolean error;

    private Outcome(boolean success, String message, boolean alert, boolean error) {
        this.success = success;
        this.message = message == null ? "" : message;
        this.alert = alert;
        this.error = error;
    }

    public static Outcome done(String message) {
        return new Outcome(true, message, false, false);
    }

    /** Nothing was changed, for a reason the user is told. */
    public static Outcome refused(String message) {
        return new Outcome(false, message, true, false);
    }

    public static Outcome failed(String message) {
        return new Outcome(false, message, true, true);
    }

    @Override
    public String toString() {
        return (success ? "done" : "failed") + ": " + message;
    }
}
