namespace Parley.Features.Import;

/// <summary>The kinds of file `parley import` reads.</summary>
public enum ImportFormat
{
    /// <summary>A Parley JSON document, as `parley export` writes it.</summary>
    Json,
    /// <summary>The UPR Info layout: To, To-Rgrp, To-Org, Text, From, ..., Session.</summary>
    UprCsv,
    /// <summary>The OHCHR layout of a state's UPR recommendations: recommendation (paragraph, text, states), position, themes, affected persons.</summary>
    UprMatrix,
    /// <summary>An export of the Universal Human Rights Index: annotation id, symbol, text, date, countries, themes, body.</summary>
    Uhri,
    /// <summary>One kind of record per file, a column per field (as `parley export --format csv` writes it).</summary>
    Csv,
}
