package io.tillbridge.syspro.internal;

import io.tillbridge.syspro.PostingOptions;

/** Writes {@link PostingOptions} as the three parameters every Setup and Transaction business object takes. */
public final class PostingParameters {

    private PostingParameters() {
    }

    /** Adds {@code IgnoreWarnings}, {@code ApplyIfEntireDocumentValid} and {@code ValidateOnly} to a {@code Parameters} element. */
    public static XmlNode.Builder add(PostingOptions options, XmlNode.Builder parameters) {
        return parameters.leaf("IgnoreWarnings", options.ignoreWarnings().code())
                .leaf("ApplyIfEntireDocumentValid", options.applyIfEntireDocumentValid())
                .leaf("ValidateOnly", options.validateOnly());
    }
}
