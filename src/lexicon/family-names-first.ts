/**
 * Family names that Chinese (mainland, Hong Kong, Taiwan, Singapore, Malaysia) and Korean news write before the
 * given name ("Teo Kah Leng", "Lim Kah Seng", "Leung Wing Fai"), in the romanizations the English-language press of
 * those places uses (pinyin, Wade-Giles, Cantonese, Hokkien, Teochew, Hakka; Korean). General onomastic knowledge:
 * the most common surnames of each system, no list of people. Used with the shape of the given-name syllables
 * (name-order.ts), never alone: many of these are also English words or names ("Lee", "Long", "Park").
 */
export const FAMILY_NAMES_WRITTEN_FIRST: ReadonlySet<string> = new Set([
  // Hokkien, Teochew and Hakka spellings (Singapore, Malaysia).
  ..."Tan Lim Ng Ong Goh Chua Koh Teo Ang Yeo Tay Toh Sim Chia Seah Foo Quek Phua Khoo Neo Tee Wee Yap Heng Lee".split(
    " ",
  ),
  ..."Low Loh Chong Chew Liew Loke Soh Kok Oon Tham Pang Poh Ting Chin Gan Lai Kang Chee Ho Hoe Sng Png Tng Lau".split(
    " ",
  ),
  // Cantonese (Hong Kong, Macau).
  ..."Chan Wong Leung Cheung Lau Chow Tsang Yip Kwok Mak Tse Fung Lam Lo Chu Chiu Kwan Yeung Tong Tam Law Siu".split(
    " ",
  ),
  // Wade-Giles (Taiwan) and pinyin (mainland).
  ..."Cheng Chen Chang Hsu Tsai Kuo Chiang Chao Hsieh Huang Lin Wang Li Zhang Liu Yang Zhao Wu Zhou Xu Sun Ma Zhu".split(
    " ",
  ),
  ..."Hu Guo He Luo Gao Liang Zheng Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang".split(
    " ",
  ),
  ..."Yu Du Ye Wei Su Lu Ding Ren Shen Yao Qiu Fang Jin Kong Zou Xiong Meng Qin Bai".split(" "),
  // Korean.
  ..."Kim Park Choi Jung Cho Yoon Jang Han Oh Seo Shin Kwon Hwang Ahn Moon Roh Ban Baek Hong Ko Nam Yoo".split(
    " ",
  ),
]);
