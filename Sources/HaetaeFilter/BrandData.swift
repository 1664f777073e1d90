/// The built-in brand list, in the format of `DATA/filter/brands.txt` (see `BrandList`).
/// Domains are the registrable domains each brand really uses for mail and links; a host under
/// one of them is the brand's. Add a brand's new domain by writing a line with the same key in
/// the site's file.
enum BrandData {
    static let text = """
        # key | names shown | real registrable domains | look-alike tokens in host names
        # Korean portals and messengers
        naver | 네이버, naver, 네이버페이, naver pay, 네이버 고객센터, 네이버메일 | naver.com, naver.net, navercorp.com, pstatic.net, naver.me, naverfincorp.com, navercloudcorp.com, naverlabs.com, webtoonscorp.com | naver
        kakao | 카카오, kakao, 카카오톡, kakaotalk, 카카오페이, kakaopay, 카카오뱅크, kakaobank | kakao.com, kakaocorp.com, kakaopay.com, kakaobank.com, kakaocdn.net, kakaopaycert.com, kakaomobility.com, kakaoenterprise.com, kakaogames.com, kakaoent.com, kakaostyle.com, kakaopaysec.com, kakaohealthcare.com | kakao
        daum | 다음메일, 다음 메일, daum, 한메일, hanmail, 다음카카오 | daum.net, hanmail.net, daumcdn.net, kakao.com | daum, hanmail
        # Banks and cards
        kb | kb국민은행, 국민은행, kb국민카드, 국민카드, kb kookmin, kbstar, kb star | kbstar.com, kbcard.com, kbfg.com, kbsec.com, kbinsure.co.kr, kbanknow.com | kbstar, kbcard, kookmin
        shinhan | 신한은행, 신한카드, 신한금융, 신한, shinhan | shinhan.com, shinhancard.com, shinhangroup.com, shinhansec.com | shinhan
        woori | 우리은행, 우리카드, 우리금융, woori bank, wooribank | wooribank.com, wooricard.com, woorifg.com | woori
        hana | 하나은행, 하나카드, 하나금융, keb하나, hana bank, hanabank | kebhana.com, hanabank.com, hanacard.co.kr, hanafn.com | hanabank, kebhana, hanacard
        nonghyup | nh농협, 농협은행, 농협카드, 농협, nonghyup, nh bank | nonghyup.com, nhbank.com, nhqv.com, nhcard.co.kr | nonghyup, nhbank
        ibk | ibk기업은행, 기업은행, ibk | ibk.co.kr, ibkcard.co.kr | ibk, ibkbank
        toss | 토스, 토스뱅크, tossbank, toss bank, 비바리퍼블리카 | toss.im, tossbank.com, tosspayments.com | tossbank, toss-bank
        kbank | 케이뱅크, k bank, kbank | kbanknow.com | kbank
        samsungcard | 삼성카드, samsung card | samsungcard.com, samsungcard.co.kr | samsungcard
        hyundaicard | 현대카드, hyundai card | hyundaicard.com | hyundaicard
        lottecard | 롯데카드, lotte card | lottecard.co.kr | lottecard
        fss | 금융감독원, 금감원 | fss.or.kr | fss-or-kr
        bccard | 비씨카드, bc카드, bc card | bccard.com | bccard
        wooricard | 우리카드 | wooricard.com | wooricard
        kfcc | 새마을금고, mg새마을금고, 새마을금고중앙회 | kfcc.co.kr, kfcc.or.kr | kfcc
        shinhyup | 신협, 신협중앙회 | cu.co.kr | shinhyup
        suhyup | 수협은행, 수협 | suhyup-bank.com, suhyup.co.kr | suhyup
        epostbank | 우체국예금, 우체국보험 | epostbank.go.kr, epostlife.go.kr | epostbank
        kdic | 예금보험공사 | kdic.or.kr | kdic
        fsc | 금융위원회 | fsc.go.kr | fsc-go
        kinfa | 서민금융진흥원, 서민금융 | kinfa.or.kr | kinfa
        ccrs | 신용회복위원회 | ccrs.or.kr | ccrs
        # Telecoms
        skt | sk텔레콤, skt, t world, 티월드 | sktelecom.com, tworld.co.kr, skt.com | sktelecom, tworld
        kt | kt 고객센터, 케이티 | kt.com | kt-com
        lguplus | lg유플러스, 유플러스, lg u+ | lguplus.co.kr, uplus.co.kr | lguplus, uplus
        # Shopping and delivery
        coupang | 쿠팡, coupang, 쿠팡이츠 | coupang.com, coupangcdn.com, coupangeats.com | coupang
        gmarket | g마켓, 지마켓, gmarket | gmarket.co.kr | gmarket
        elevenst | 11번가, 11st | 11st.co.kr | 11st
        epost | 우체국, 우체국택배, 우정사업본부, korea post, epost | epost.go.kr, koreapost.go.kr, epostbank.go.kr | epost, koreapost
        cj | cj대한통운, 대한통운, cj logistics | cjlogistics.com, doortodoor.co.kr, cj.net | cjlogistics, doortodoor
        hanjin | 한진택배, 한진 택배, hanjin | hanjin.com, hanjin.co.kr | hanjin
        logen | 로젠택배, 로젠 택배, logen | ilogen.com | ilogen
        lotteglogis | 롯데택배, 롯데 택배, 롯데글로벌로지스, lotte global logistics | lotteglogis.com | lotteglogis, glogis
        kdexp | 경동택배 | kdexp.com | kdexp
        ssg | ssg, ssg.com, 쓱닷컴, 신세계몰, 이마트몰 | ssg.com, emart.com, shinsegae.com | ssgcom
        lotteon | 롯데온, lotteon | lotteon.com | lotteon
        auction | 옥션 | auction.co.kr
        interpark | 인터파크 | interpark.com | interpark
        musinsa | 무신사, musinsa | musinsa.com | musinsa
        kurly | 마켓컬리, 컬리, kurly | kurly.com | kurly
        oliveyoung | 올리브영, olive young | oliveyoung.co.kr | oliveyoung
        baemin | 배달의민족, 배민, 배민페이, baemin | baemin.com, woowahan.com | baemin, woowahan
        yogiyo | 요기요, yogiyo | yogiyo.co.kr | yogiyo
        daangn | 당근마켓, 당근페이, 당근 마켓, karrot, daangn | daangn.com, karrotmarket.com | daangn
        bunjang | 번개장터, 번개페이, bunjang | bunjang.co.kr | bunjang
        joongna | 중고나라, joonggonara | joongna.com | joongna, joonggonara
        kisa | 한국인터넷진흥원, 보호나라, kisa, krcert | kisa.or.kr, boho.or.kr, krcert.or.kr | krcert
        yanolja | 야놀자, yanolja | yanolja.com | yanolja
        # Government and public bodies
        nts | 국세청, 홈택스, 손택스, hometax, national tax service | nts.go.kr, hometax.go.kr | hometax
        police | 경찰청, 사이버수사대, 사이버범죄수사, 경찰서, 교통민원24, 이파인, efine | police.go.kr, efine.go.kr | police-go, policekr, efine
        koroad | 도로교통공단, 안전운전 통합민원, 운전면허시험장 | koroad.or.kr, safedriving.or.kr | koroad
        ex | 한국도로공사, 하이패스 | ex.co.kr, hipass.co.kr | hipass
        customs | 관세청, 유니패스 | customs.go.kr | customs-go, unipass
        mois | 행정안전부, 행안부 | mois.go.kr | mois-go
        mohw | 보건복지부, 복지로 | mohw.go.kr, bokjiro.go.kr | bokjiro
        moel | 고용노동부, 근로복지공단 | moel.go.kr, comwel.or.kr | comwel
        kdca | 질병관리청 | kdca.go.kr | kdca
        mma | 병무청 | mma.go.kr | mma-go
        hira | 건강보험심사평가원, 심평원 | hira.or.kr | hira
        semas | 소상공인시장진흥공단, 소진공 | semas.or.kr | semas
        kosmes | 중소벤처기업진흥공단, 중진공 | kosmes.or.kr | kosmes
        prosecution | 검찰청, 대검찰청, 중앙지검, 지방검찰청, 검찰 수사관 | spo.go.kr | prosecutor, spo-go
        court | 법원, 대법원, 전자소송, 지방법원, 가정법원, 고등법원, 법원행정처 | scourt.go.kr | scourt
        gov24 | 정부24, 정부 24, 전자정부, gov24 | gov.kr, korea.kr | gov24, gov-kr
        # 건강보험심사평가원 (hira) carries 건강보험 in its name: its domain is listed here too.
        nhis | 국민건강보험, 국민건강보험공단, 건강보험공단, 건강보험 | nhis.or.kr, hira.or.kr | nhis
        nps | 국민연금, 국민연금공단 | nps.or.kr | nps-or-kr
        kepco | 한국전력, 한전, kepco | kepco.co.kr | kepco
        # Global brands
        paypal | paypal, 페이팔 | paypal.com, paypal.me, paypal-communication.com, paypalobjects.com, paypal.co.kr | paypal
        apple | apple, 애플, icloud, itunes, app store | apple.com, icloud.com, me.com, mzstatic.com, apple.news | apple, icloud, itunes
        microsoft | microsoft, 마이크로소프트, microsoft 365, office 365, onedrive, sharepoint | microsoft.com, microsoftonline.com, office.com, office365.com, outlook.com, live.com, hotmail.com, msn.com, sharepoint.com, onedrive.com, azure.com, windows.net, microsoftstore.com, skype.com, bing.com, microsoft365.com, cloud.microsoft | microsoft, office365, sharepoint, onedrive
        amazon | amazon, 아마존, amazon prime | amazon.com, amazon.co.jp, amazon.de, amazon.co.uk, amazon.fr, amazon.it, amazon.es, amazon.ca, amazon.in, amazon.com.br, amazonaws.com, amazonses.com, media-amazon.com, ssl-images-amazon.com, primevideo.com, a2z.com, amazon.jobs | amazon
        google | google, gmail, 구글, youtube | google.com, gmail.com, googlemail.com, youtube.com, googleapis.com, googleusercontent.com, gstatic.com, google.co.kr, googlegroups.com, withgoogle.com, goo.gl, g.co, google.dev | google, gmail
        netflix | netflix, 넷플릭스 | netflix.com, netflix.net, nflxext.com, nflximg.net | netflix
        meta | facebook, 페이스북, instagram, 인스타그램, whatsapp | facebook.com, facebookmail.com, fb.com, meta.com, instagram.com, whatsapp.com, fbcdn.net | facebook, instagram, whatsapp
        ebay | ebay | ebay.com, ebay.de, ebay.co.uk, ebay.co.kr, ebayimg.com | ebay
        dhl | dhl, dhl express | dhl.com, dhl.de, dhl.co.kr, dhl.fr, dhl.nl, dhlparcel.nl, dpdhl.com | dhl
        fedex | fedex, 페덱스 | fedex.com | fedex
        ups | ups | ups.com | ups-com
        usps | usps | usps.com | usps
        correios | correios | correios.com.br | correios
        docusign | docusign | docusign.com, docusign.net | docusign
        # HR and payroll platforms: payroll-diversion phishing ("confirm your direct deposit") writes as them.
        workday | workday | workday.com, myworkday.com, workdaysuv.com | workday
        paychex | paychex | paychex.com, paychexflex.com | paychex
        bamboohr | bamboohr | bamboohr.com | bamboohr
        dropbox | dropbox | dropbox.com, dropboxmail.com | dropbox
        adobe | adobe | adobe.com | adobe
        linkedin | linkedin, 링크드인 | linkedin.com, licdn.com | linkedin
        coinbase | coinbase | coinbase.com | coinbase
        binance | binance, 바이낸스 | binance.com | binance
        upbit | 업비트, upbit | upbit.com | upbit
        bithumb | 빗썸, bithumb | bithumb.com | bithumb
        wellsfargo | wells fargo | wellsfargo.com | wellsfargo
        chase | chase bank, jpmorgan chase | chase.com, jpmorgan.com | chase-bank
        bofa | bank of america | bankofamerica.com, bofa.com | bankofamerica
        citi | citibank, 씨티은행 | citi.com, citibank.com, citibank.co.kr | citibank
        norton | norton, norton 360 | norton.com, nortonlifelock.com, gen.com | norton
        mcafee | mcafee | mcafee.com | mcafee
        # Crypto wallets and exchanges: the most imitated senders of 2024–2026 phishing ("your wallet
        # is disabled", "claim your airdrop"). Names that are also common words (ledger, phantom,
        # exodus) are matched only in the spelled-out form; their look-alike tokens are explicit.
        ledger | ledger, ledger live, ledger wallet, ledger support | ledger.com | ledgerlive, ledgerwallet, ledger-live, ledger-wallet
        metamask | metamask, meta mask | metamask.io, consensys.io, consensys.net | metamask
        trustwallet | trust wallet | trustwallet.com | trustwallet, trust-wallet
        trezor | trezor | trezor.io | trezor
        kraken | kraken | kraken.com | krakenexchange, kraken-exchange
        cryptocom | crypto.com | crypto.com | cryptocom, crypto-com
        opensea | opensea | opensea.io | opensea
        bybit | bybit | bybit.com | bybit
        kucoin | kucoin | kucoin.com | kucoin
        okx | okx | okx.com | okx-com
        blockchaincom | blockchain.com | blockchain.com | blockchain-com
        # Brokers and banks whose names phishing shows in the sender's name.
        schwab | charles schwab, schwab | schwab.com, schwabmail.com | schwab
        fidelity | fidelity investments | fidelity.com, fidelityinvestments.com, fmr.com | fidelityinvest
        ibkr | interactive brokers | interactivebrokers.com, ibkr.com, interactivebrokers.co.uk | interactivebrokers, ibkr
        robinhood | robinhood | robinhood.com | robinhood
        amex | american express, amex | americanexpress.com, aexp.com, amex.com | americanexpress, amex-
        capitalone | capital one | capitalone.com, capitaloneshopping.com | capitalone
        zelle | zelle | zellepay.com, zelle.com, earlywarning.com | zellepay
        venmo | venmo | venmo.com | venmo
        cashapp | cash app | cash.app, squareup.com, block.xyz | cashapp
        # Latin America: Brazil's banks and shops lead the phishing of Portuguese mail.
        nubank | nubank | nubank.com.br, nu.com.br | nubank
        itau | itaú, itau unibanco | itau.com.br, itau-unibanco.com.br | itau-
        bradesco | bradesco | bradesco.com.br, bradescoseguros.com.br | bradesco
        bancodobrasil | banco do brasil | bb.com.br | bancodobrasil
        santander | santander | santander.com.br, santander.com, santander.co.uk, santanderbank.com, santander.es, santander.pt, santander.de, santanderconsumer.com | santander
        mercadolivre | mercado livre, mercado libre, mercado pago | mercadolivre.com.br, mercadolibre.com, mercadopago.com, mercadopago.com.br, mercadolibre.com.mx, mlstatic.com | mercadolivre, mercadolibre, mercadopago
        # Services whose account notices are imitated.
        booking | booking.com | booking.com, bstatic.com | bookingcom, booking-com
        airbnb | airbnb | airbnb.com | airbnb
        spotify | spotify | spotify.com, scdn.co | spotify
        wetransfer | wetransfer | wetransfer.com | wetransfer
        intuit | intuit, quickbooks, turbotax | intuit.com, quickbooks.com, quickbooksonline.com, turbotax.com, intuit.ca, mint.com | quickbooks, turbotax
        geeksquad | geek squad | geeksquad.com, bestbuy.com | geeksquad
        ssa | social security administration | ssa.gov | ssa-gov
        irs | internal revenue service | irs.gov | irs-gov
        tesla | tesla | tesla.com, teslamotors.com | teslamotors
        """
}
