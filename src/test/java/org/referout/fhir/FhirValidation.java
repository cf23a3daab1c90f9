package org.referout.fhir;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The HAPI instance validator against the R4 base specification, offline. Built once per test JVM because
 * loading the specification takes seconds. C8: every resource ReferOut produces must give zero errors.
 */
final class FhirValidation {

    private static FhirValidator validator;

    private FhirValidation() {
    }

    static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = FhirContext.forR4Cached();
            var chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new CommonCodeSystemsTerminologyService(context));
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** Errors and fatal messages as "location: message" lines; warnings are allowed. */
    static List<String> errors(IBaseResource resource) {
        return validator().validateWithResult(resource).getMessages().stream()
            .filter(message -> message.getSeverity() == ResultSeverityEnum.ERROR
                    || message.getSeverity() == ResultSeverityEnum.FATAL)
            .map(message -> message.getLocationString() + ": " + message.getMessage())
            .toList();
    }

    static List<String> errors(String json) {
        return errors(FhirContext.forR4Cached().newJsonParser().parseResource(json));
    }
}
