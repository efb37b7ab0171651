using System.Text.Json;
using System.Text.Json.Serialization;
using NaftaTracker.Domain;
using NaftaTracker.Queries;

namespace NaftaTracker.Web.Apis;

/// <summary>PartialDate as { "value": "2018-11", "precision": "month", "display": "November 2018" }.</summary>
public sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? value = null;
        if (reader.TokenType == JsonTokenType.String) value = reader.GetString();
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "value") value = reader.GetString();
                else reader.Skip();
            }
        }
        return PartialDate.TryParseIso(value, out var date) ? date : throw new JsonException($"Not a partial date: {value}");
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("value", value.ToIso());
        writer.WriteString("precision", value.Precision.ToString().ToLowerInvariant());
        writer.WriteString("display", DateText.Format(value));
        writer.WriteEndObject();
    }
}

public static class ApiJson
{
    /// <summary>camelCase names, enums as camelCase strings, partial dates as objects; used by the API and the JSON exports.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Names and quotes as written ("Trudeau’s"), not \u2019 escapes; HTML-sensitive characters stay escaped.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new PartialDateJsonConverter());
    }
}
