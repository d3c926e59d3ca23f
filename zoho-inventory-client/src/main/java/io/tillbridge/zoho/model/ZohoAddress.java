package io.tillbridge.zoho.model;

/** A billing or shipping address as Zoho writes it. */
public record ZohoAddress(String attention, String address, String street2, String city, String state, String zip,
                          String country, String fax) {
}
