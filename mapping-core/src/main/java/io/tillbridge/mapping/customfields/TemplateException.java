package io.tillbridge.mapping.customfields;

import io.tillbridge.mapping.MappingException;

/** A custom-field template cannot be loaded or cannot produce a value. */
public final class TemplateException extends MappingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the template and field
     */
    public TemplateException(String message) {
        super(message);
    }
}
