package org.referout.web;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #when} ({@link HumanDates}); Spring Boot adds any dialect bean to its template engine. */
@Component
class HumanDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final HumanDates dates;

    HumanDatesDialect(Clock clock) {
        super("referout-dates");
        this.dates = new HumanDates(clock);
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("when");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return dates;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
