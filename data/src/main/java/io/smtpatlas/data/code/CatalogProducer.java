package io.smtpatlas.data.code;

import io.smtpatlas.core.catalog.Catalog;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the core catalog, which knows nothing of CDI, injectable. */
public class CatalogProducer {

    @Produces
    @Singleton
    Catalog catalog() {
        return Catalog.standard();
    }
}
