/// The built-in brand list, in the format of `DATA/filter/brands.txt` (see `BrandList`).
/// Domains are the registrable domains each brand really uses for mail and links; a host under
/// one of them is the brand's. Add a brand's new domain by writing a line with the same key in
/// the site's file.
enum BrandData {
    static let text = """
        # key | names shown | real registrable domains | look-alike tokens in host names
        # Korean portals and messengers
        naver | 네이버, naver, 네이버페이, naver pay, 네이버 고객센터, 네이버메일 | naver.com, naver.net, navercorp.com, pstatic.net, naver.me | naver
        kakao | 카카오, kakao, 카카오톡, kakaotalk, 카카오페이, kakaopay, 카카오뱅크, kakaobank | kakao.com, kakaocorp.com, kakaopay.com, kakaobank.com, kakaocdn.net, kakaopaycert.com | kakao
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
        # Shopping and delivery
        coupang | 쿠팡, coupang, 쿠팡이츠 | coupang.com, coupangcdn.com, coupangeats.com | coupang
        gmarket | g마켓, 지마켓, gmarket | gmarket.co.kr | gmarket
        elevenst | 11번가, 11st | 11st.co.kr | 11st
        epost | 우체국, 우체국택배, 우정사업본부, korea post, epost | epost.go.kr, koreapost.go.kr, epostbank.go.kr | epost, koreapost
        cj | cj대한통운, 대한통운, cj logistics | cjlogistics.com, doortodoor.co.kr, cj.net | cjlogistics, doortodoor
        hanjin | 한진택배, hanjin | hanjin.com, hanjin.co.kr | hanjin
        logen | 로젠택배 | ilogen.com | ilogen
        # Government and public bodies
        nts | 국세청, 홈택스, 손택스, hometax, national tax service | nts.go.kr, hometax.go.kr | hometax
        police | 경찰청, 사이버수사대, 사이버범죄수사, 경찰서 | police.go.kr | police-go, policekr
        prosecution | 검찰청, 대검찰청, 중앙지검, 지방검찰청, 검찰 수사관 | spo.go.kr | prosecutor, spo-go
        court | 법원, 대법원, 전자소송 | scourt.go.kr | scourt
        gov24 | 정부24, 정부 24, 전자정부, gov24 | gov.kr | gov24, gov-kr
        nhis | 국민건강보험, 국민건강보험공단, 건강보험공단, 건강보험 | nhis.or.kr | nhis
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
        """
}
