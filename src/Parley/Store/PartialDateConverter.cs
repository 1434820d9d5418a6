using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Parley.Domain;

namespace Parley.Store;

/// <summary>Stores a partial date as its ISO text ("2023", "2023-10", "2023-10-10"), which sorts correctly as text.</summary>
public class PartialDateConverter() : ValueConverter<PartialDate, string>(
    date => date.ToString(),
    text => PartialDate.Parse(text));
