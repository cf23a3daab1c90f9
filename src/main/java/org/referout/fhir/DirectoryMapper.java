package org.referout.fhir;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;

/**
 * Directory providers and referral partners as PractitionerRole (what they do: NUCC specialties, where, how to
 * reach them), Location (address and the ZIP centroid as position) and, for organisations and partners,
 * Organization. A national individual has no Practitioner here: the role names them by NPI identifier.
 */
final class DirectoryMapper {

    private DirectoryMapper() {
    }

    /** @param display NUCC code → display name (the directory's Taxonomy) */
    static PractitionerRole role(Listing listing, UnaryOperator<String> display) {
        PractitionerRole role = new PractitionerRole();
        role.setId(listing.id());
        identifiers(listing).forEach(role::addIdentifier);
        role.setActive(listing.active());
        if (listing.organization()) {
            role.setOrganization(new Reference("Organization/" + listing.id()).setDisplay(listing.name()));
        }
        else {
            role.setPractitioner(new Reference().setIdentifier(npi(listing.npi())).setDisplay(listing.name()));
        }
        for (String code : listing.codes()) {
            role.addSpecialty(new CodeableConcept(new Coding(Codes.NUCC, code, display.apply(code))));
        }
        if (listing.hasPlace()) {
            role.addLocation(new Reference("Location/" + listing.id()));
        }
        telecom(listing, role::addTelecom);
        return role;
    }

    static Location location(Listing listing) {
        Location location = new Location();
        location.setId(listing.id());
        identifiers(listing).forEach(location::addIdentifier);
        location.setStatus(listing.active() ? Location.LocationStatus.ACTIVE : Location.LocationStatus.INACTIVE);
        location.setMode(Location.LocationMode.INSTANCE);
        location.setName(listing.name());
        location.setAddress(address(listing));
        if (listing.latitude() != null && listing.longitude() != null) {
            // The ZIP centroid: the directory geocodes by ZIP only (offline), so the position is that precise.
            location.getPosition().setLatitude(BigDecimal.valueOf(listing.latitude()))
                .setLongitude(BigDecimal.valueOf(listing.longitude()));
        }
        if (listing.organization()) {
            location.setManagingOrganization(new Reference("Organization/" + listing.id()));
        }
        telecom(listing, location::addTelecom);
        return location;
    }

    static Organization organization(Listing listing) {
        Organization organization = new Organization();
        organization.setId(listing.id());
        identifiers(listing).forEach(organization::addIdentifier);
        organization.setActive(listing.active());
        organization.setName(listing.name());
        organization.addType().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                "Healthcare Provider"));
        if (listing.hasPlace()) {
            organization.addAddress(address(listing));
        }
        telecom(listing, organization::addTelecom);
        return organization;
    }

    private static List<Identifier> identifiers(Listing listing) {
        List<Identifier> identifiers = new ArrayList<>();
        if (listing.npi() != null) {
            identifiers.add(npi(listing.npi()));
        }
        if (listing.partnerId() != null) {
            identifiers.add(new Identifier().setSystem(Codes.PARTNER_ID).setValue(listing.partnerId().toString()));
        }
        return identifiers;
    }

    private static Identifier npi(Long npi) {
        return new Identifier().setSystem(Codes.NPI).setValue(String.valueOf(npi));
    }

    private static Address address(Listing listing) {
        Address address = new Address().setUse(Address.AddressUse.WORK).setCity(listing.city())
            .setState(listing.state()).setPostalCode(listing.zip()).setCountry("US");
        if (listing.addressLine() != null) {
            address.addLine(listing.addressLine());
        }
        return address;
    }

    /** @param add adds an empty contact point to the resource and returns it (each resource has its own adder) */
    private static void telecom(Listing listing, Supplier<ContactPoint> add) {
        if (listing.phone() != null) {
            add.get().setSystem(ContactPointSystem.PHONE).setValue(listing.phone()).setUse(ContactPointUse.WORK);
        }
        if (listing.email() != null) {
            add.get().setSystem(ContactPointSystem.EMAIL).setValue(listing.email()).setUse(ContactPointUse.WORK);
        }
    }
}
