using System.Text;

namespace NaftaTracker.Web.Tests.Feeds;

/// <summary>A small RFC 5545 checker: CRLF only, no physical line over 75 octets, unfolding, balanced
/// BEGIN/END, and the properties each component must carry.</summary>
public static class ICalendarParser
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

    public sealed class Component(string name)
    {
        public string Name { get; } = name;
        public List<Property> Properties { get; } = [];
        public List<Component> Children { get; } = [];
        public Property? this[string name] => Properties.FirstOrDefault(p => p.Name == name);
        public string? Value(string name) => this[name]?.Value;
    }

    public static Component Parse(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\r\n", text);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.DoesNotContain('\n', line);
            Assert.DoesNotContain('\r', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line over 75 octets: {line}");
        }

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t')) logical[^1] += line[1..];
            else logical.Add(line);
        }

        var stack = new Stack<Component>();
        Component? root = null;
        foreach (var line in logical)
        {
            var property = ParseLine(line);
            if (property.Name == "BEGIN")
            {
                var component = new Component(property.Value);
                if (stack.Count > 0) stack.Peek().Children.Add(component); else { Assert.Null(root); root = component; }
                stack.Push(component);
            }
            else if (property.Name == "END")
            {
                Assert.Equal(stack.Pop().Name, property.Value);
            }
            else
            {
                Assert.NotEmpty(stack);
                stack.Peek().Properties.Add(property);
            }
        }
        Assert.Empty(stack);
        Assert.NotNull(root);
        Assert.Equal("VCALENDAR", root.Name);
        foreach (var required in new[] { "VERSION", "PRODID" }) Assert.NotNull(root[required]);
        Assert.Equal("2.0", root.Value("VERSION"));
        foreach (var e in root.Children.Where(c => c.Name == "VEVENT"))
            foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART", "SUMMARY" })
                Assert.True(e[required] is not null, $"VEVENT {e.Value("UID")} lacks {required}");
        return root;
    }

    private static Property ParseLine(string line)
    {
        var colon = IndexOutsideQuotes(line, ':');
        Assert.True(colon > 0, $"no name/value separator in: {line}");
        var head = line[..colon].Split(';');
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
        return new Property(head[0].ToUpperInvariant(), parameters, line[(colon + 1)..]);
    }

    private static int IndexOutsideQuotes(string s, char c)
    {
        var quoted = false;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '"') quoted = !quoted;
            else if (s[i] == c && !quoted) return i;
        }
        return -1;
    }

    /// <summary>Reverses RFC 5545 TEXT escaping.</summary>
    public static string Unescape(string value) =>
        value.Replace(@"\n", "\n").Replace(@"\N", "\n").Replace(@"\,", ",").Replace(@"\;", ";").Replace(@"\\", @"\");
}
