import Testing

@testable import HaetaeDelivery

struct DeliverySchedulerTests {
    @Test func freshMailFirstButRetriesAreNotStarved() {
        var scheduler = DeliveryScheduler(freshPerRetry: 4)
        for index in 0..<3 { scheduler.schedule("R\(index)", fresh: false) }
        for index in 0..<10 { scheduler.schedule("F\(index)", fresh: true) }
        var order: [String] = []
        while let id = scheduler.next() {
            order.append(id)
            scheduler.finished(id)
        }
        #expect(order == ["F0", "F1", "F2", "F3", "R0", "F4", "F5", "F6", "F7", "R1", "F8", "F9", "R2"])
    }

    @Test func retriesRunWhenNoFreshMailWaits() {
        var scheduler = DeliveryScheduler()
        scheduler.schedule("R0", fresh: false)
        let first = scheduler.next()
        let second = scheduler.next()
        #expect(first == "R0")
        #expect(second == nil)
        #expect(scheduler.isIdle)
    }

    @Test func aMessageIsNeverScheduledTwiceNorWhileActive() {
        var scheduler = DeliveryScheduler()
        let first = scheduler.schedule("A", fresh: true)
        let again = scheduler.schedule("A", fresh: false)
        let taken = scheduler.next()
        let whileActive = scheduler.schedule("A", fresh: false)
        scheduler.finished("A")
        let afterwards = scheduler.schedule("A", fresh: false)
        #expect(first)
        #expect(!again, "already waiting")
        #expect(taken == "A")
        #expect(!whileActive, "being delivered")
        #expect(afterwards, "due again after the attempt")
    }

    @Test func heldMessagesLeaveTheQueue() {
        var scheduler = DeliveryScheduler()
        scheduler.schedule("A", fresh: true)
        scheduler.schedule("B", fresh: false)
        let removed = scheduler.unschedule("A")
        let removedAgain = scheduler.unschedule("A")
        let first = scheduler.next()
        let second = scheduler.next()
        #expect(removed)
        #expect(!removedAgain)
        #expect(first == "B")
        #expect(second == nil)
    }
}
