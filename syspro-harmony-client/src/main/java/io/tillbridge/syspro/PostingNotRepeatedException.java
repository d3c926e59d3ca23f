package io.tillbridge.syspro;

import io.tillbridge.TillbridgeException;

/**
 * A posting met {@code ERROR: The supplied UserID is invalid.} and was not sent again, because no
 * lookup proved that it had not been applied: the lookup could not tell, or there is none for this
 * posting. {@link #lookup()} is then {@link LookupResult.Unknown}; an effect engine treats it as
 * "find again later", never as absent. (A lookup that finds it gives
 * {@link PostingOutcome.AlreadyPosted}, not this exception.)
 */
public class PostingNotRepeatedException extends TillbridgeException {

    private static final long serialVersionUID = 1L;

    /** The business object whose posting was cut off. */
    private final String businessObject;
    private final transient LookupResult<?> lookup;

    /**
     * Creates the exception.
     *
     * @param businessObject the business object whose posting was cut off
     * @param lookup         what the lookup before a repeat said
     */
    public PostingNotRepeatedException(String businessObject, LookupResult<?> lookup) {
        super(businessObject + " posting met an ended SYSPRO session and was not repeated: " + describe(lookup));
        this.businessObject = businessObject;
        this.lookup = lookup;
    }

    /**
     * The business object whose posting was cut off.
     *
     * @return the business object
     */
    public String businessObject() {
        return businessObject;
    }

    /**
     * What the lookup said; {@link LookupResult.Unknown} when none was given.
     *
     * @return the lookup's answer
     */
    public LookupResult<?> lookup() {
        return lookup;
    }

    private static String describe(LookupResult<?> lookup) {
        if (lookup instanceof LookupResult.Found) {
            return "a lookup found it already applied";
        }
        if (lookup instanceof LookupResult.Unknown<?> unknown) {
            return "it is not known whether it was applied (" + unknown.reason() + ")";
        }
        return "absent";
    }
}
