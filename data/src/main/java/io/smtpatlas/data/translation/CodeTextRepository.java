package io.smtpatlas.data.translation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CodeTextRepository implements PanacheRepositoryBase<CodeText, Long> {

    public List<CodeText> findByCodeAndLocales(String code, List<String> locales) {
        return list("code = ?1 and locale in ?2", code, locales);
    }

    public List<CodeText> findByLocaleAndField(String locale, TextField field) {
        return list("locale = ?1 and field = ?2", locale, field);
    }

    public long countByLocale(String locale) {
        return count("locale", locale);
    }
}
