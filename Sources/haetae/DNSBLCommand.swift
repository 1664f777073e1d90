import ArgumentParser
import Foundation
import HaetaeApp
import HaetaePolicy
import HaetaeStore

struct DNSBLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dnsbl",
        abstract: "DNSBL zones checked at connect on the MX listener, changed while the server runs.",
        discussion: "The first change starts from the zones of the configuration (dnsbl.zones) and saves the list in the database; from then on the saved list is used.",
        subcommands: [List.self, Add.self, Remove.self])

    static func store(_ data: DataOption) throws -> DirectoryStore { try wrap { try data.openStore() } }

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        func run() throws {
            let zones = DNSBLZoneSource.effective(store: try DNSBLCommand.store(data), configured: try data.configuration().dnsblZones)
            if zones.isEmpty { print("no DNSBL zones") }
            for zone in zones { print(zone) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add ZONE or ZONE*WEIGHT (e.g. zen.spamhaus.org*2).")
        @OptionGroup var data: DataOption
        @Argument var zone: String
        func run() throws {
            do {
                print(try DNSBLZoneSource.change(store: try DNSBLCommand.store(data), configured: try data.configuration().dnsblZones, add: zone).joined(separator: "\n"))
            } catch let error as DNSBLZoneError {
                throw CLIError(error.description)
            }
        }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var zone: String
        func run() throws {
            do {
                let zones = try DNSBLZoneSource.change(store: try DNSBLCommand.store(data), configured: try data.configuration().dnsblZones, remove: zone)
                print(zones.isEmpty ? "no DNSBL zones" : zones.joined(separator: "\n"))
            } catch let error as DNSBLZoneError {
                throw CLIError(error.description)
            }
        }
    }
}
