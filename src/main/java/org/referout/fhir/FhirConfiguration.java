package org.referout.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One FhirContext for the application: building one scans the whole R4 model and takes seconds. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    /** For /fhir only, after the security chain (order -100). */
    @Bean
    FilterRegistrationBean<FhirFormatFilter> fhirFormatFilter(FhirContext fhir) {
        var registration = new FilterRegistrationBean<>(new FhirFormatFilter(fhir));
        registration.addUrlPatterns("/fhir", "/fhir/*");
        registration.setOrder(0);
        return registration;
    }
}
