package org.referout.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.referout.client.Client;
import org.referout.client.ClientDetails;

/** A client as a FHIR Patient and back. The Patient id is the client's REST API id. */
final class PatientMapper {

    /** Where each field of {@link ClientDetails} lives in this Patient, to name it when an import is refused. */
    static Map<String, String> fieldPaths(Patient patient) {
        String name = "name[" + nameIndex(patient) + "]";
        return Map.ofEntries(Map.entry("firstName", name + ".given[0]"), Map.entry("lastName", name + ".family"),
                Map.entry("dateOfBirth", "birthDate"), Map.entry("email", "telecom"), Map.entry("phone", "telecom"),
                Map.entry("addressLine1", "address[0].line[0]"), Map.entry("addressLine2", "address[0].line[1]"),
                Map.entry("city", "address[0].city"), Map.entry("state", "address[0].state"),
                Map.entry("zip", "address[0].postalCode"),
                Map.entry("preferredLanguage", "communication[0].language.text"));
    }

    /** What ReferOut reads of a Patient; everything else is listed by {@link #unkept}. */
    static final java.util.Set<String> KEPT = java.util.Set.of("identifier", "active", "name", "telecom", "gender", "birthDate",
            "address", "communication");

    /** Warns for every element of an imported Patient that the client record does not keep. */
    static void unkept(Patient patient, String path, java.util.function.BiConsumer<String, String> warn) {
        Unkept.others(patient, KEPT, path, warn);
        for (int i = 0; i < patient.getIdentifier().size(); i++) {
            org.hl7.fhir.r4.model.Identifier identifier = patient.getIdentifier().get(i);
            if (!Codes.CLIENT_ID.equals(identifier.getSystem())) {
                if (!identifier.hasSystem() || !identifier.hasValue()) {
                    warn.accept(path + ".identifier[" + i + "]", "an identifier without system or value is not kept");
                }
                else {
                    Unkept.others(identifier, java.util.Set.of("system", "value"), path + ".identifier[" + i + "]",
                            warn);
                }
            }
        }
        int kept = nameIndex(patient);
        for (int i = 0; i < patient.getName().size(); i++) {
            HumanName name = patient.getName().get(i);
            String at = path + ".name[" + i + "]";
            if (i != kept) {
                warn.accept(at, "only one name is kept (name[" + kept + "])");
                continue;
            }
            Unkept.others(name, java.util.Set.of("family", "given", "use", "prefix"), at, warn);
            for (int p = 1; p < name.getPrefix().size(); p++) {
                warn.accept(at + ".prefix[" + p + "]", "one prefix is kept");
            }
        }
        boolean email = false;
        boolean phone = false;
        for (int i = 0; i < patient.getTelecom().size(); i++) {
            ContactPoint point = patient.getTelecom().get(i);
            boolean first = point.getSystem() == ContactPointSystem.EMAIL && !email && point.hasValue()
                    || point.getSystem() == ContactPointSystem.PHONE && !phone && point.hasValue();
            email |= point.getSystem() == ContactPointSystem.EMAIL && point.hasValue();
            phone |= point.getSystem() == ContactPointSystem.PHONE && point.hasValue();
            if (!first) {
                warn.accept(path + ".telecom[" + i + "]", "one e-mail address and one phone number are kept");
            }
        }
        for (int i = 0; i < patient.getAddress().size(); i++) {
            String at = path + ".address[" + i + "]";
            if (i > 0) {
                warn.accept(at, "only the first address is kept");
                continue;
            }
            Address address = patient.getAddress().get(i);
            Unkept.others(address, java.util.Set.of("line", "city", "state", "postalCode", "use", "country"), at,
                    warn);
            for (int l = 2; l < address.getLine().size(); l++) {
                warn.accept(at + ".line[" + l + "]", "two address lines are kept");
            }
        }
        for (int i = 0; i < patient.getCommunication().size(); i++) {
            if (i > 0 || !patient.getCommunication().get(i).getLanguage().hasText()) {
                warn.accept(path + ".communication[" + i + "]", "one language, as text, is kept");
            }
        }
    }

    /** The identifiers of other systems an imported Patient carries (ReferOut's own is the id, not stored). */
    static List<org.referout.client.ClientIdentifier> otherIdentifiers(Patient patient) {
        return patient.getIdentifier().stream()
            .filter(identifier -> identifier.hasSystem() && identifier.hasValue()
                    && !Codes.CLIENT_ID.equals(identifier.getSystem()))
            .map(identifier -> new org.referout.client.ClientIdentifier(identifier.getSystem(), identifier.getValue()))
            .distinct().toList();
    }

    /** The name a person goes by officially: official, then usual, then one without a use; a nickname last. */
    static int nameIndex(Patient patient) {
        List<HumanName> names = patient.getName();
        for (HumanName.NameUse use : new HumanName.NameUse[] { HumanName.NameUse.OFFICIAL, HumanName.NameUse.USUAL,
                null }) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).getUse() == use && (names.get(i).hasFamily() || names.get(i).hasGiven())) {
                    return i;
                }
            }
        }
        return 0;
    }

    private PatientMapper() {
    }

    static Patient toFhir(Client client) {
        return toFhir(client, List.of());
    }

    /** With the identifiers other systems gave the client, after ReferOut's own. */
    static Patient toFhir(Client client, List<org.referout.client.ClientIdentifier> identifiers) {
        ClientDetails details = client.details();
        Patient patient = new Patient();
        patient.setId(client.id().toString());
        // versionId counts edits from 1, as HAPI's JPA server does; the client's lock version counts from 0
        patient.getMeta().setVersionId(Integer.toString(client.version() + 1));
        if (client.updatedAt() != null) {
            patient.getMeta().setLastUpdated(java.util.Date.from(client.updatedAt().toInstant()));
        }
        patient.addIdentifier().setSystem(Codes.CLIENT_ID).setValue(client.id().toString());
        identifiers.forEach(identifier -> patient.addIdentifier().setSystem(identifier.system())
            .setValue(identifier.value()));
        patient.setActive(true);
        HumanName official = patient.addName().setFamily(details.lastName()).addGiven(details.firstName())
            .setUse(HumanName.NameUse.OFFICIAL);
        if (details.otherGivenNames() != null) {
            for (String given : details.otherGivenNames().split("\\s+")) {
                official.addGiven(given);
            }
        }
        if (details.namePrefix() != null) {
            official.addPrefix(details.namePrefix());
        }
        if (details.dateOfBirth() != null) {
            patient.setBirthDateElement(new DateType(details.dateOfBirth().toString()));
        }
        if (details.gender() != null) {
            patient.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.fromCode(details.gender()));
        }
        if (details.email() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(details.email());
        }
        if (details.phone() != null) {
            patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(details.phone());
        }
        if (hasAddress(details)) {
            Address address = patient.addAddress().setUse(Address.AddressUse.HOME).setCity(details.city())
                .setState(details.state()).setPostalCode(details.zip()).setCountry(details.country());
            if (details.addressLine1() != null) {
                address.addLine(details.addressLine1());
            }
            if (details.addressLine2() != null) {
                address.addLine(details.addressLine2());
            }
        }
        if (details.preferredLanguage() != null) {
            patient.addCommunication().setPreferred(true).getLanguage().setText(details.preferredLanguage());
        }
        return patient;
    }

    /** Treatment consent is not part of a Patient: an imported client gives it again in the practice. */
    static ClientDetails fromFhir(Patient patient) {
        HumanName name = patient.hasName() ? patient.getName().get(nameIndex(patient)) : new HumanName();
        Address address = patient.hasAddress() ? patient.getAddressFirstRep() : new Address();
        LocalDate birth = patient.hasBirthDate() ? birthDate(patient.getBirthDateElement()) : null;
        String language = patient.hasCommunication() ? patient.getCommunicationFirstRep().getLanguage().getText() : null;
        return new ClientDetails(name.hasGiven() ? name.getGiven().get(0).getValue() : null, name.getFamily(), birth,
                telecom(patient, ContactPointSystem.EMAIL), telecom(patient, ContactPointSystem.PHONE),
                line(address, 0), line(address, 1), address.getCity(), address.getState(), address.getPostalCode(),
                language, false, patient.hasGender() && patient.getGender()
                    != org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.NULL ? patient.getGender().toCode() : null,
                name.hasPrefix() ? name.getPrefix().get(0).getValue() : null,
                name.getGiven().size() > 1 ? String.join(" ", name.getGiven().subList(1, name.getGiven().size()).stream()
                    .map(org.hl7.fhir.r4.model.StringType::getValue).filter(java.util.Objects::nonNull).toList()) : null,
                address.getCountry());
    }

    /** Read from the text, not the Date, so that the server's time zone cannot move a birthday by one day. */
    static LocalDate birthDate(DateType date) {
        return date.getPrecision() == ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY
                ? LocalDate.parse(date.getValueAsString()) : null;
    }

    private static String telecom(Patient patient, ContactPointSystem system) {
        // a contact point without a value ({"system":"email"}) names nothing: skip it (a null would end the stream)
        return patient.getTelecom().stream().filter(point -> point.getSystem() == system && point.hasValue())
            .map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static String line(Address address, int index) {
        return address.getLine().size() > index ? address.getLine().get(index).getValue() : null;
    }

    private static boolean hasAddress(ClientDetails details) {
        return details.addressLine1() != null || details.addressLine2() != null || details.city() != null
                || details.state() != null || details.zip() != null || details.country() != null;
    }
}
