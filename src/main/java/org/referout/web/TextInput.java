package org.referout.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link TextRules} for everything that arrives: every form and query parameter before a handler runs, and every
 * JSON string as it is read (with the JSON path in the error). JSON with a key given twice is refused as well: which
 * of the two values counts is otherwise up to the parser.
 */
@Configuration(proxyBeanMethods = false)
class TextInput implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!(handler instanceof org.springframework.web.method.HandlerMethod)) {
                    return true; // static files and not-found: nothing reads the parameters
                }
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    String nameProblem = TextRules.problem(parameter.getKey());
                    if (nameProblem != null) {
                        throw new BadRequestException("parameter", nameProblem);
                    }
                    for (String value : parameter.getValue()) {
                        String problem = TextRules.problem(value);
                        if (problem != null) {
                            throw new BadRequestException(parameter.getKey(), problem);
                        }
                    }
                }
                return true;
            }
        });
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonText() {
        SimpleModule checked = new SimpleModule("referout-text");
        checked.addDeserializer(String.class, new CheckedStrings());
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(checked);
    }

    /** Jackson's own string reading, then the rules; a refusal names the JSON path like any other bad value. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            String problem = TextRules.problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, String.class);
            }
            return value;
        }
    }
}
